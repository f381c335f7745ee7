"""The check-in desk: the page, the card, the scanner, the camera, the sounds."""
