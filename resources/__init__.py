"""Runtime files of NN Training Lab, installed as the package ``nn_training_lab_resources``.

Not code: read them through ``lab.resources.resource_path``.
"""
