"""Hugging Face Hub references in workload files: a repository id and a pinned commit."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from ai_workloads._values.k8s_names import checked


def hub_repo_id_problem(repo_id: str) -> str | None:
    """What huggingface_hub refuses in a repository id before any download (utils/_validators.py
    validate_repo_id: `REPO_ID_REGEX`, no `--` or `..`, no `.git` ending): the engines and the download
    Job call the Hub with it."""
    name = repo_id.rsplit("/", 1)[-1]
    if "--" in repo_id or ".." in repo_id:
        return "a Hugging Face repository id may not contain '--' or '..'"
    if repo_id.endswith(".git"):
        return "a Hugging Face repository id may not end with '.git'"
    if len(name) > 96:
        return f"the repository name is {len(name)} characters; Hugging Face allows at most 96"
    if any(part[-1] in "-." for part in repo_id.split("/")):
        return "a Hugging Face organisation or repository name may not end with '-' or '.'"
    return None


# `org/name` or `name`, as huggingface_hub accepts it.
HubRepoId = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$", max_length=200),
    AfterValidator(checked(hub_repo_id_problem)),
]
# A full 40-character commit SHA: a branch or tag name can move under a running server.
CommitSha = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{40}$")]
