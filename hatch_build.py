"""Hatchling build hook: ship the top-level data/ folder inside regular wheels."""

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class DataBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Map data/ to steentje/data in a standard wheel.

    Editable wheels skip this: there the src/steentje/data symlink already
    points at data/, and a copy in site-packages would go stale.
    """

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "standard":
            build_data["force_include"]["data"] = "steentje/data"
