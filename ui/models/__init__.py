"""Table models for the views: ``QAbstractItemModel`` subclasses over the core's records."""
