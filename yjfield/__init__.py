"""yjfield: an offline-first caseload app for youth justice practitioners."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("yjfield")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
