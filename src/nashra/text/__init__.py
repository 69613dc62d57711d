"""The Arabic text layer: normalisation with offset maps, numbers in words and digits."""

from nashra.text.normalization import Normalized, fold, normalize
from nashra.text.numbers import NumberMatch, find_numbers, parse_number

__all__ = ["Normalized", "NumberMatch", "find_numbers", "fold", "normalize", "parse_number"]
