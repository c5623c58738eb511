"""``python -m newsmine`` runs the command line, same as ``newsmine``."""

from newsmine.cli import main

if __name__ == "__main__":
    main()
