/** The Lede contender (loaded after a build of the library): markup inserted, every widget drawn. */
import { contend, litSettled, stage } from './stage.js';

contend('lede', {
  draw(markup) {
    stage.setHTMLUnsafe(markup);
    return litSettled((el) => el.model !== undefined);
  },
});
