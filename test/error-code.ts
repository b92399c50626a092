/**
 * The `code` of the error a promise rejects with, if it is an instance of `kind`; a
 * sentence saying otherwise (so an assertion on it fails with the reason).
 */
export async function errorCodeOf(promise: Promise<unknown>, kind: abstract new (...args: never[]) => Error & { readonly code: string }): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof kind ? error.code : `not a ${kind.name}: ${String(error)}`;
  }
}
