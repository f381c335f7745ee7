"""The Qt-free core: domain rules and services over the fair file."""
