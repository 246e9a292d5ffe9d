// The embed builder page: every widget (for the preview) and the builder's own components.
import '../../src/index.js';
import './builder-app.js';
