#!/bin/sh
# Build yjfield.app and a DMG on macOS (run from the repository root on a Mac).
#
#   sh packaging/macos/build-dmg.sh "Developer ID Application: Example Council (TEAMID)"
#
# Without a signing identity it builds an unsigned app for testing only: Gatekeeper
# blocks unsigned apps on managed Macs. See docs/packaging.md for notarisation.
set -eu

IDENTITY="${1:-}"
make package  # PyInstaller writes dist/yjfield (the folder) and dist/yjfield.app
VERSION=$(.venv/bin/python -c 'import yjfield; print(yjfield.__version__)')

if [ -n "$IDENTITY" ]; then
    codesign --deep --force --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$IDENTITY" dist/yjfield.app
    codesign --verify --deep --strict dist/yjfield.app
fi

# The check runs the bundle inside the app, as Finder would.
.venv/bin/python packaging/check.py dist/yjfield.app/Contents/MacOS

rm -f "dist/yjfield-$VERSION.dmg"
hdiutil create -volname yjfield -srcfolder dist/yjfield.app -ov -format UDZO \
    "dist/yjfield-$VERSION.dmg"
echo "Built dist/yjfield-$VERSION.dmg"
