"""Every rule of Relais, with no Qt import (checked by an import-linter contract)."""
