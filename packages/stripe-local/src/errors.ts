/**
 * Stripe's error body: `{ error: { type, message, code?, param?, decline_code?, doc_url? } }`, with the status the
 * real API uses for it (400 bad parameters, 401 authentication, 402 card errors, 404 unknown ids and URLs).
 */
export type ErrorType = 'invalid_request_error' | 'idempotency_error' | 'card_error' | 'api_error';

export interface ErrorBody {
  type: ErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
}

export class StripeError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  /**
   * Whether an idempotency key remembers this answer. Stripe saves a result only once the endpoint "began
   * executing": failed parameter validation, authentication and idempotency conflicts are not saved.
   */
  readonly saved: boolean;

  constructor(status: number, body: ErrorBody, saved = true) {
    super(body.message);
    this.status = status;
    this.body = body.code ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replaceAll('_', '-')}` } : body;
    this.saved = saved;
  }
}

/** A bad parameter: 400, naming it in Stripe's bracket notation (`line_items[0][quantity]`). Not saved. */
export function invalidParam(param: string, message: string, code?: string): StripeError {
  return new StripeError(400, { type: 'invalid_request_error', message, param, ...(code ? { code } : {}) }, false);
}

/** A request that was valid in form but cannot be done in the current state (refund above what remains…). */
export function invalidRequest(message: string, opts: { param?: string; code?: string } = {}): StripeError {
  return new StripeError(400, { type: 'invalid_request_error', message, ...opts });
}

export function missingParam(param: string): StripeError {
  return invalidParam(param, `Missing required param: ${param}.`, 'parameter_missing');
}

/** An unknown id: 404 resource_missing, `No such payment_intent: 'pi_…'`. */
export function resourceMissing(objectName: string, id: string, param = 'id'): StripeError {
  return new StripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${objectName}: '${id}'`,
    param,
  });
}

export function unrecognizedUrl(method: string, path: string): StripeError {
  return new StripeError(
    404,
    {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    },
    false,
  );
}

export function authenticationError(message: string): StripeError {
  return new StripeError(401, { type: 'invalid_request_error', message }, false);
}

export function idempotencyError(message: string): StripeError {
  return new StripeError(400, { type: 'idempotency_error', message }, false);
}

export function cardDeclined(message = 'Your card was declined.'): StripeError {
  return new StripeError(402, { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message });
}
