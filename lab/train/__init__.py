"""Training small MLPs on toy 2-D data: the consequence of the lecture's advice, run side by side."""

from lab.train.compute import Progress, RunKey, RunResult, TrainResult, compute, run_to_end, train
from lab.train.data import DATASETS, INPUTS, Dataset, make_dataset
from lab.train.params import PRESETS, TrainParams, preset

__all__ = [
    "DATASETS",
    "INPUTS",
    "PRESETS",
    "Dataset",
    "Progress",
    "RunKey",
    "RunResult",
    "TrainParams",
    "TrainResult",
    "compute",
    "make_dataset",
    "preset",
    "run_to_end",
    "train",
]
