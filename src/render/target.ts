/** The two markup languages vitae renders to; each has its own escaping and inline markup. */
export type Target = "html" | "tex";
