// `node --import ./scripts/server-conditions.mjs` (with tsx and --conditions=react-server) for scripts that run the
// app's lib/ code outside Next: Next's bundler gives server code the react-server build of next/navigation
// (lib/errors.ts imports notFound from it); plain Node would load the client build, which needs React's client API
// and throws ("createContext is not a function"). Used by test:pg and bench:answers' statement count.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export function resolve(s, c, next) { return next(s === "next/navigation" ? "next/dist/client/components/navigation.react-server.js" : s, c); }`,
    ),
  import.meta.url,
);
