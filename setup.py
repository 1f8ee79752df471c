"""Package layout for the ai-workloads library (metadata lives in pyproject.toml).

constructs/ is the library's source root; it is never a package itself, because a package named
`constructs` would shadow the real `constructs` library. The typed CRD bindings that `cdk8s import`
writes into imports/ ship inside the wheel as `ai_workloads_imports`, so an installed library never
depends on the consumer's own imports/ folder.
"""

from setuptools import find_namespace_packages, find_packages, setup

LIBRARY_ROOT = "constructs"
GENERATED_ROOT = "imports"
GENERATED_PACKAGE = "ai_workloads_imports"

library_packages = find_packages(where=LIBRARY_ROOT, include=["ai_workloads", "ai_workloads.*"])
generated_packages = [GENERATED_PACKAGE] + [
    f"{GENERATED_PACKAGE}.{name}" for name in find_namespace_packages(where=GENERATED_ROOT)
]

setup(
    packages=library_packages + generated_packages,
    package_dir={"ai_workloads": f"{LIBRARY_ROOT}/ai_workloads", GENERATED_PACKAGE: GENERATED_ROOT},
    # The jsii assemblies (*.jsii.tgz) are loaded at import time; py.typed marks the typed packages.
    package_data={
        "": ["*.jsii.tgz", "py.typed", "*.json", "example.yaml"],
        "ai_workloads.rehearsal": ["stages/*.yaml"],
    },
    include_package_data=False,
)
