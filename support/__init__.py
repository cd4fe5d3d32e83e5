"""What tests/ and bench/ share: the site served as GitHub Pages serves it, Debian's Chromium
and generated inputs.

Both import it from the checkout; it is no part of the wheel.
"""
