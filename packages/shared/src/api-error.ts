/**
 * The shape of every error the API returns. Messages come in Chinese and English so that both the
 * web app and API clients can show them; `fields` names each offending field with its reason.
 */
export interface FieldError {
  field: string;
  message: string;
  messageZh: string;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    messageZh: string;
    fields?: FieldError[];
    /** For an illegal transition: the actions allowed from the current state. */
    allowedActions?: string[];
  };
}
