"""History and actuals: reading files and projects, Excel templates, data-quality findings."""
