<#
.SYNOPSIS
  Build the Relais Windows installer: the PyInstaller bundle, then the NSIS setup program.

.DESCRIPTION
  Run from a PowerShell window in the project folder, on a 64-bit Windows PC with internet
  access (to install the build tools once), Python 3.11 (python.org, "py" launcher) and NSIS 3
  (nsis.sourceforge.io; makensis on the PATH or in Program Files):

      powershell -ExecutionPolicy Bypass -File installer\build.ps1

  Output: dist\Relais\ (the one-folder bundle) and dist\Relais-<version>-setup.exe, the file to
  copy to a USB stick. Its SHA-256 is printed so the copy can be checked on the office PC
  (Get-FileHash Relais-<version>-setup.exe).

.PARAMETER NoInstall
  Do not run pip (the .venv already has the project and PyInstaller).

.PARAMETER BundleOnly
  Stop after the PyInstaller bundle (no makensis).
#>
param(
    [switch]$NoInstall,
    [switch]$BundleOnly
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed (exit status $LASTEXITCODE)" }
}

# 1. A virtual environment with the project and PyInstaller.
$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv")
}
if (-not $NoInstall) {
    Invoke-Checked $Python @("-m", "pip", "install", "--upgrade", "pip")
    Invoke-Checked $Python @("-m", "pip", "install", "-e", ".[dev]")
}

# 2. The one-folder bundle: dist\Relais\Relais.exe (GUI), relais-cli.exe (console), _internal\.
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Started = Get-Date
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", $Work, "installer\relais.spec")
$Bundle = Join-Path $Dist "Relais"
$Seconds = [int]((Get-Date) - $Started).TotalSeconds
Write-Host "Bundle built in $Seconds s: $Bundle"

# A quick check that the frozen program starts (the console executable prints the version).
Invoke-Checked (Join-Path $Bundle "relais-cli.exe") @("--version")
if ($BundleOnly) { exit 0 }

# 3. The installer, with the version from desktop/__init__.py.
$Version = (& $Python -c "import desktop; print(desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version" }
$Makensis = $null
$Command = Get-Command "makensis" -ErrorAction SilentlyContinue
if ($Command) {
    $Makensis = $Command.Source
} else {
    foreach ($Candidate in @("${env:ProgramFiles(x86)}\NSIS\makensis.exe",
                             "$env:ProgramFiles\NSIS\makensis.exe")) {
        if (Test-Path $Candidate) { $Makensis = $Candidate; break }
    }
}
if (-not $Makensis) { throw "makensis not found: install NSIS 3 (nsis.sourceforge.io)" }
$Setup = Join-Path $Dist "Relais-$Version-setup.exe"
Invoke-Checked $Makensis @("/V2", "/DVERSION=$Version", "/DSOURCE_DIR=$Bundle",
    "/DOUT_FILE=$Setup", "installer\relais.nsi")
$Hash = (Get-FileHash -Algorithm SHA256 $Setup).Hash
$Size = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "Installer: $Setup ($Size MB)"
Write-Host "SHA-256:   $Hash"
