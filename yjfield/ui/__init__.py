"""The Qt desktop interface: pages and dialogs over yjfield.app."""
