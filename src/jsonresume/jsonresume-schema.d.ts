/** The official JSON Resume schema package ships no types; this is the part vitae uses. */
declare module "@jsonresume/schema" {
  interface SchemaError {
    path: Array<string | number>;
    name: string;
    message: string;
    argument: unknown;
  }
  const official: {
    validate(resume: unknown, callback: (errors: SchemaError[] | null, valid: boolean) => void): void;
    schema: Record<string, unknown>;
  };
  export default official;
}
