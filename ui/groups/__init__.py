"""Group consultations in the desktop client: sessions, the day itself, the results board."""
