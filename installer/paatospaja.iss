; Inno Setup script: per-user install, no admin rights needed.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppName=Päätöspaja
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Paatospaja
PrivilegesRequired=lowest
OutputBaseFilename=paatospaja-{#AppVersion}-setup
DisableProgramGroupPage=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"

[Files]
Source: "..\dist\paatospaja\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{userprograms}\Päätöspaja"; Filename: "{app}\paatospaja.exe"
