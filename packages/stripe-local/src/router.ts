/** The route table's shape: each API operation declares its method, path, parameter spec and handler. */
import type { Engine, RequestRef } from './engine.ts';
import type { Fields, Params } from './params.ts';

export interface Call {
  engine: Engine;
  /** The validated parameters (form body for POST, query string for GET). */
  params: Params;
  /** Path parameters (`:id`). */
  path: Record<string, string>;
  request: RequestRef;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  fields: Fields;
  /** Returns the Stripe object (or list) to answer with; `expand[]` is applied afterwards. Throws StripeError. */
  handle(call: Call): object;
}

export interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export function compile(routes: Route[]): CompiledRoute[] {
  return routes.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/:([a-z_]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { ...route, regex: new RegExp(`^${source}$`), names };
  });
}

/** The route for a method and path, with its path parameters; `allowed` lists the methods the path has. */
export function match(routes: CompiledRoute[], method: string, path: string) {
  const allowed: string[] = [];
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    allowed.push(route.method);
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
    return { route, params, allowed };
  }
  return { route: null, params: {}, allowed };
}
