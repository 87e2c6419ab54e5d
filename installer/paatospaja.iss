; Inno Setup script of the Päätöspaja installer: per user, no administrator rights needed.
;
; Compiled by installer/build.sh (Linux, ISCC under wine, to prove the script) and by
; .github/workflows/windows.yml (the real installer). The defines below can be given on the
; command line, e.g. ISCC /DAppVersion=0.1.0 /DSourceDir=..\dist\paatospaja paatospaja.iss
; Silent installation for IT departments: see installer/README.md.
; Saved as UTF-8 with a byte-order mark: without it ISCC reads "ä" in the ANSI code page.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; The PyInstaller one-folder bundle (installer/paatospaja.spec) to install.
#ifndef SourceDir
  #define SourceDir "..\dist\paatospaja"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "Päätöspaja"
#define AppExe "paatospaja.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{DD8AC49E-72C0-4DC2-8D62-35CBE737C149}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Päätöspaja
VersionInfoVersion={#AppVersion}
; Per user by default ({autopf} is %LOCALAPPDATA%\Programs then); an administrator may
; still choose all users with /ALLUSERS or in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\Paatospaja
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\paatospaja.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=paatospaja-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; The program may be running when an update is installed.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

; A new version replaces the program's files only: the workspaces (%LOCALAPPDATA%\Paatospaja
; or a shared folder) are never in {app}, so uninstalling leaves the user's data alone.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
