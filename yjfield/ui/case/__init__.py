"""The case manager's screens: programmes, reparation hours, projects, appointments."""
