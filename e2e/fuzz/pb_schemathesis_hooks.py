"""Schemathesis hooks for the platform's fuzz test (e2e/schemathesis.e2e-spec.ts).

Loaded with SCHEMATHESIS_HOOKS=pb_schemathesis_hooks (PYTHONPATH=e2e/fuzz). Adds:
- the check `no_internal_details`: no answer may carry a stack trace, a source path or SQL (the
  problem filter promises that nothing internal leaves a process; this holds it to that);
- a log of every request sent (method, path template, status), one line each, in the file named by
  PB_SCHEMATHESIS_REQUEST_LOG, so the spec can say exactly how many requests went out;
- records that exist: PB_SCHEMATHESIS_KNOWN_VALUES maps a path template to path parameter values the
  spec created beforehand (a report, an open proposal). Half the generated cases use them, so the
  fuzzer gets past "not found" into the handlers and state machines; the other half stay random.
"""

import json
import os
import re
import threading

import schemathesis
from hypothesis import strategies as st

# Signatures that only an internal error produces; fuzzed input echoed back in an answer (a title,
# say) is random text and does not form these. SQL is matched case-sensitively as the code writes it.
_LEAKS = [
    # A frame on a line of its own, or after an escaped newline inside a JSON string.
    ("stack trace", re.compile(r"(?:^|\\n)\s*at [^\n]{1,200}?\(?[^\s()]+\.(?:js|ts|mjs|cjs):\d+:\d+\)?", re.M)),
    ("source path", re.compile(r"(?:node_modules/|/dist/(?:apps|libs)/|/src/[\w/.-]+\.ts\b)")),
    ("JavaScript error", re.compile(r"\b(?:TypeError|ReferenceError|RangeError|SyntaxError|QueryFailedError|EntityNotFoundError|EntityPropertyNotFoundError)\b")),
    ("Python traceback", re.compile(r"Traceback \(most recent call last\)")),
    ("SQL", re.compile(r"\bSELECT\b[^\n]{0,300}\bFROM\s+\"?[a-z_]+|\bINSERT INTO\b|\bUPDATE\s+\"?[a-z_]+\"?\s+SET\b|\bDELETE FROM\b")),
    (
        "PostgreSQL error",
        re.compile(
            r"syntax error at or near|violates (?:unique|foreign key|check|not-null|exclusion) constraint|"
            r"relation \"[^\"]+\" does not exist|column \"[^\"]+\" (?:does not exist|of relation)|invalid input syntax for type|"
            r"current transaction is aborted"
        ),
    ),
]


def leaks_in(text: str) -> list[str]:
    """Names of the internal details found in an answer's text (empty when clean)."""
    return [name for name, pattern in _LEAKS if pattern.search(text)]


def _text(response) -> str:
    content = getattr(response, "content", b"") or b""
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    headers = getattr(response, "headers", {}) or {}
    header_text = "\n".join(f"{k}: {v if isinstance(v, str) else ', '.join(v)}" for k, v in headers.items())
    return f"{header_text}\n\n{content}"


@schemathesis.check
def no_internal_details(ctx, response, case):
    """No stack trace, source path or SQL in any answer, whatever its status."""
    found = leaks_in(_text(response))
    if found:
        raise AssertionError(f"The answer ({response.status_code}) shows internal details: {', '.join(found)}")


_lock = threading.Lock()
_log_path = os.environ.get("PB_SCHEMATHESIS_REQUEST_LOG")


@schemathesis.hook
def after_call(ctx, case, response):
    if not _log_path:
        return
    status = getattr(response, "status_code", 0)
    with _lock, open(_log_path, "a", encoding="utf-8") as log:
        log.write(f"{case.method.upper()} {case.operation.path} {status}\n")


_known = json.loads(os.environ.get("PB_SCHEMATHESIS_KNOWN_VALUES") or "{}")


@schemathesis.hook
def flatmap_path_parameters(ctx, path_parameters):
    # By path template: `id` is a proposal in one route and a response or a job in another.
    known = _known.get(ctx.operation.path) if ctx.operation is not None else None
    if not path_parameters or not known:
        return st.just(path_parameters)
    seeded = {**path_parameters, **{name: value for name, value in known.items() if name in path_parameters}}
    return st.sampled_from([path_parameters, seeded])
