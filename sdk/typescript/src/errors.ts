import type { ProblemDetails } from "./generated/api.js";

const hubPrefix = "HubException: ";

/**
 * A failure the server answered with one of its stable codes (DESIGN.md section 4): from a REST call's problem
 * details, or from a hub call (SignalR puts its own words before the server's "code: message").
 */
export class SortieChatError extends Error {
  /** The contract's code: validation_failed, not_a_member, not_found, ... (undefined when the answer had none). */
  readonly code: string | undefined;
  /** The HTTP status of a REST failure; undefined for a hub call. */
  readonly status: number | undefined;
  /** The whole problem details of a REST failure. */
  readonly problem: ProblemDetails | undefined;

  constructor(message: string, code: string | undefined, status?: number, problem?: ProblemDetails) {
    super(message);
    this.name = "SortieChatError";
    this.code = code;
    this.status = status;
    this.problem = problem;
  }

  /** The typed error of a REST answer of type application/problem+json. */
  static fromProblem(problem: ProblemDetails): SortieChatError {
    return new SortieChatError(problem.detail || problem.title, problem.code, problem.status, problem);
  }

  /** The typed error of a failed hub call: the code is read after SignalR's "HubException: " prefix. */
  static fromHubError(error: unknown): SortieChatError {
    const reported = error instanceof Error ? error.message : String(error);
    const at = reported.lastIndexOf(hubPrefix);
    const text = at < 0 ? reported : reported.slice(at + hubPrefix.length);
    const match = /^([a-z_]+): ([\s\S]*)$/.exec(text);
    return match ? new SortieChatError(match[2], match[1]) : new SortieChatError(text, undefined);
  }
}
