"""FocalPoint: the offline workbench of the Network of Peace Operations Focal Points on CT/PVE."""

__version__ = "0.1.0"
