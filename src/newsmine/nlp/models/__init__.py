"""Trained model files shipped with newsmine (see ``training/`` for how they are made)."""
