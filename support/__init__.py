"""What tests/ and bench/ share: the site served as GitHub Pages serves it, Debian's Chromium,
generated inputs, and the site's runtime as the Check page hands it to Pyodide.

Neither tests/ nor bench/ imports the other; both import this, from the checkout: it is no part
of the wheel.
"""
