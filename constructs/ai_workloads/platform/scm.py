"""Where the Backstage template opens its pull request: the scaffolder `publish:*` action for the Git host
of `argocd.repoURL` (cdk8s.yaml), with that action's inputs and output.

| scm | chosen when | action | repoUrl | output |
|---|---|---|---|---|
| `github` | host contains `github` | `publish:github:pull-request` | `host?owner=O&repo=R` | `remoteUrl` |
| `gitlab` | host contains `gitlab` | `publish:gitlab:merge-request` | `host?owner=GROUP/SUB&repo=R` | `mergeRequestUrl` |
| `bitbucketCloud` | host `bitbucket.org` | `publish:bitbucketCloud:pull-request` | `bitbucket.org?workspace=W&project=P&repo=R` | `pullRequestUrl` |
| `bitbucketServer` | a `/scm/KEY/repo` path | `publish:bitbucketServer:pull-request` | `host?project=KEY&repo=R` | `pullRequestUrl` |

Any other host needs `argocd.scm` in cdk8s.yaml (one of the four); Bitbucket Cloud also needs
`argocd.scmProject` (the project key, which its clone URL does not carry). Facts, read in
backstage/backstage: plugins/scaffolder-backend-module-gitlab/src/actions/gitlabMergeRequest.ts (inputs
repoUrl, branchName, title, description; output mergeRequestUrl),
plugins/scaffolder-backend-module-bitbucket-server/src/actions/bitbucketServerPullRequest.ts and
plugins/scaffolder-backend-module-bitbucket-cloud/src/actions/bitbucketCloudPullRequest.ts (inputs
repoUrl, title, description, sourceBranch; output pullRequestUrl), and scaffolder-node's parseRepoUrl
(Bitbucket needs `project` and `repo`; GitLab `owner` and `repo`; others `owner` and `repo`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

SCMS = ("github", "gitlab", "bitbucketCloud", "bitbucketServer")
_ACTIONS = {
    "github": ("publish:github:pull-request", "branchName", "remoteUrl"),
    "gitlab": ("publish:gitlab:merge-request", "branchName", "mergeRequestUrl"),
    "bitbucketCloud": ("publish:bitbucketCloud:pull-request", "sourceBranch", "pullRequestUrl"),
    "bitbucketServer": ("publish:bitbucketServer:pull-request", "sourceBranch", "pullRequestUrl"),
}


@dataclass(frozen=True)
class PublishTarget:
    """The publish step of a scaffolder template: `action` with `repo_url` (Backstage's `host?...` form);
    the branch goes into the input named `branch_input`; the pull request's URL is output `output`."""

    scm: str
    action: str
    repo_url: str
    branch_input: str
    output: str


def _host_and_parts(url: str) -> tuple[str, list[str]]:
    """`https://host/a/b.git`, `ssh://git@host:7999/a/b.git` or `git@host:a/b.git` -> (host, [a, b])."""
    match = re.match(r"^(?:[a-z+]+://)?(?:[^@/]+@)?([^/:]+)(?::\d+)?[:/](.*)$", url.strip())
    if not match:
        raise ValueError(f"argocd.repoURL: {url!r} is not a Git URL (https://host/owner/repo.git)")
    parts = [part for part in re.sub(r"\.git$", "", match.group(2).strip("/")).split("/") if part]
    if len(parts) < 2:
        raise ValueError(f"argocd.repoURL: {url!r} names no owner and repository")
    return match.group(1).lower(), parts


def detect_scm(host: str, parts: list[str]) -> str | None:
    if host == "bitbucket.org":
        return "bitbucketCloud"
    if "github" in host:
        return "github"
    if "gitlab" in host:
        return "gitlab"
    if parts[0] in ("scm", "projects") or "bitbucket" in host:
        return "bitbucketServer"
    return None


def publish_target(repo_url: str, scm: str | None = None, project: str | None = None) -> PublishTarget:
    """The publish step for `repo_url`; `scm` overrides the host's guess. ValueError (one line) when the
    host cannot be told or a needed part is missing."""
    host, parts = _host_and_parts(repo_url)
    if scm is not None and scm not in SCMS:
        raise ValueError(f"argocd.scm: {scm!r} is not one of {', '.join(SCMS)}")
    scm = scm or detect_scm(host, parts)
    if scm is None:
        raise ValueError(
            f"argocd.repoURL: cannot tell which Git host {host} is (for the Backstage template's pull "
            f"request): set argocd.scm to one of {', '.join(SCMS)}"
        )
    repo = parts[-1]
    if scm == "bitbucketServer":
        key = parts[1] if parts[0] in ("scm", "projects") and len(parts) >= 3 else parts[0]
        query = {"project": project or key, "repo": repo}
    elif scm == "bitbucketCloud":
        if not project:
            raise ValueError(
                "argocd.scmProject: required for a Bitbucket Cloud repository (its project key; "
                "the clone URL does not carry it)"
            )
        query = {"workspace": parts[0], "project": project, "repo": repo}
    else:
        query = {"owner": "/".join(parts[:-1]), "repo": repo}
    action, branch_input, output = _ACTIONS[scm]
    return PublishTarget(scm, action, f"{host}?{urlencode(query, safe='/')}", branch_input, output)
