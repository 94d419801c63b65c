"""Domain: vocabularies, validation rules and errors. Pure Python, no I/O."""
