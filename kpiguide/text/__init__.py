"""Bilingual text: normalisation, tokenisation, concepts and the sparse text index used by the engines."""
