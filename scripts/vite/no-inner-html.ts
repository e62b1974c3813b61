/**
 * Takes the one HTML sink out of Preact: `dangerouslySetInnerHTML`. Querverweis renders knowledge
 * base, page and reader text as text only, so the feature is never used; removing it makes that a
 * property of the build (nothing can reach innerHTML by mistake) and leaves `web-ext lint` clean.
 * The build fails if Preact's code changes shape, so an update cannot bring the sink back unseen.
 */
import type { Plugin } from 'vite';

const PREACT_RUNTIME = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'querverweis:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_RUNTIME.test(id)) return null;
      const replaced = code.replace(SINK, '(function(){throw new Error("dangerouslySetInnerHTML is not available in Querverweis")}())');
      if (replaced === code || /\.innerHTML=/.test(replaced))
        this.error(`Preact's innerHTML assignment not found as expected in ${id}; update scripts/vite/no-inner-html.ts`);
      return { code: replaced, map: null };
    },
  };
}
