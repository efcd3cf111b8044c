"""Languages: response catalogs and the NLG server that answers Rasa in the person's language."""
