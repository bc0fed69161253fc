"""Windows and panels for registers, results, pre-visit planning and population measures."""
