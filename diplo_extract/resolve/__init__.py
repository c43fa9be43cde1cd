"""The document-level stage: who took part and how many encounters, over the whole article."""
