; Relais - Windows installer (NSIS 3, Modern UI 2), built by installer\build.ps1:
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\Relais /DOUT_FILE=dist\Relais-0.1.0-setup.exe installer\relais.nsi
;
; Per-machine install into "Program Files\Relais" (administrator rights), Start-menu and
; desktop shortcuts for all users, French and English installer pages, an uninstaller listed
; in "Apps & features" / "Add or remove programs".
;
; The data folder (%LOCALAPPDATA%\Relais per user, or the folder the administrator chose)
; holds the encrypted database and its backups. Neither the installer nor the uninstaller
; ever touches it: the uninstaller removes only the files this installer put in $INSTDIR.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z relais.nsi"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\Relais"     ; the PyInstaller one-folder bundle
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\dist\Relais-${VERSION}-setup.exe"
!endif

!define APP_NAME "Relais"
!define PUBLISHER "Relais"
!define GUI_EXE "Relais.exe"
!define CLI_EXE "relais-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Relais"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "Software\${APP_NAME}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
; No "run Relais now" box on the finish page: the installer runs elevated, possibly as another
; (administrator) account, and Relais started from it would keep its data in that account.
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepDataText)"
; The uninstaller speaks the language chosen at install time.
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP_NAME}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: it is the default (the language chooser preselects Windows' own language; a
; silent install takes Windows' language, or the one given as /LANG=fr or /LANG=en).
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString KeepDataText ${LANG_FRENCH} "Le programme Relais sera supprimé. Vos données ne sont PAS supprimées : le dossier de données (%LOCALAPPDATA%\Relais) et ses sauvegardes restent sur ce PC."
LangString KeepDataText ${LANG_ENGLISH} "The Relais program will be removed. Your data is NOT deleted: the data folder (%LOCALAPPDATA%\Relais) and its backups stay on this PC."
LangString Needs64Bit ${LANG_FRENCH} "Relais a besoin d'une version 64 bits de Windows."
LangString Needs64Bit ${LANG_ENGLISH} "Relais needs a 64-bit version of Windows."
LangString CliShortcut ${LANG_FRENCH} "Relais (ligne de commande)"
LangString CliShortcut ${LANG_ENGLISH} "Relais (command line)"
LangString BadLanguage ${LANG_FRENCH} "Langue inconnue : /LANG= accepte fr ou en."
LangString BadLanguage ${LANG_ENGLISH} "Unknown language: /LANG= takes fr or en."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)"
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; "Relais-setup.exe /S /LANG=fr" (an administrator's silent deployment) chooses the language;
  ; otherwise the chooser (or, silently, the language kept by a previous install or Windows' own).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/LANG=" $R1
  ${If} ${Errors}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${ElseIf} $R1 == "fr"
    StrCpy $LANGUAGE ${LANG_FRENCH}
  ${ElseIf} $R1 == "en"
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${Else}
    MessageBox MB_ICONSTOP "$(BadLanguage)" /SD IDOK
    Abort                         ; exit code 2, nothing installed
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Relais" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's program files are replaced whole (never the data folder, which is
  ; elsewhere): stale modules from a previous bundle must not linger.
  RMDir /r "$INSTDIR\_internal"
  File "${SOURCE_DIR}\${GUI_EXE}"
  File "${SOURCE_DIR}\${CLI_EXE}"
  File /r "${SOURCE_DIR}\_internal"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APP_NAME}" "InstallDir" "$INSTDIR"
  ; the uninstaller's language (the chooser's page saves it too, but a silent install has none)
  WriteRegStr HKLM "Software\${APP_NAME}" "Installer Language" "$LANGUAGE"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}"
  ; a console in the install folder (the shortcut's working folder is the SetOutPath above)
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\$(CliShortcut).lnk" "$SYSDIR\cmd.exe" \
    '/k "${CLI_EXE}" --help'
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes exactly what the section above installed. The data folder and its backups live in
; the user's profile, not in $INSTDIR, and are never deleted here.
Section "Uninstall"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"                ; only if empty: never a recursive delete of $INSTDIR

  Delete "$SMPROGRAMS\${APP_NAME}\*.lnk"  ; both shortcuts, whatever the install language
  RMDir "$SMPROGRAMS\${APP_NAME}"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP_NAME}"
SectionEnd
