// Loaded first by the strict-CSP test page (an external classic script, so the policy allows it):
// records every Content-Security-Policy violation in the page for the test to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
