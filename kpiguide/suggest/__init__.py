"""The matching engine: indicator suggestions, role prior, relevance, near-duplicates and the strategy cascade."""
