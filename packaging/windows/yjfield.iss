; Inno Setup script for the Windows installer (Inno Setup 6).
;
; Build the bundle first on Windows (`make package`, or the pyinstaller line in
; docs/packaging.md), then:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\yjfield.iss
;
; Silent install for managed laptops, with the server address preset so practitioners
; never type it (it is written to yjfield.toml beside yjfield.exe):
;
;   yjfield-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /SERVER=https://yjfield.example-council.gov.uk

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\yjfield.iss
#endif

[Setup]
AppId={{6E0B7A2C-3F7D-4B7B-9C1E-5D2B8F0A4C11}
AppName=yjfield
AppVersion={#AppVersion}
AppPublisher=yjfield
DefaultDirName={autopf}\yjfield
DefaultGroupName=yjfield
DisableProgramGroupPage=yes
; Installed for every user of the laptop by IT; each user's caseload stays in their
; own %LOCALAPPDATA%\yjfield.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=yjfield-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\yjfield.ico
UninstallDisplayIcon={app}\yjfield.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Welsh messages file; the community one (Welsh.isl, from the
; Inno Setup translations page) can be put in its Languages folder, then:
; Name: "welsh"; MessagesFile: "compiler:Languages\Welsh.isl"

[Files]
Source: "..\..\dist\yjfield\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\yjfield"; Filename: "{app}\yjfield.exe"
Name: "{autodesktop}\yjfield"; Filename: "{app}\yjfield.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\yjfield.exe"; Description: "{cm:LaunchProgram,yjfield}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the preset this installer wrote: practitioners' encrypted stores are in their
; own profiles and are never touched by an uninstall.
Type: files; Name: "{app}\yjfield.toml"

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
var
  Server: String;
begin
  if CurStep = ssPostInstall then
  begin
    Server := ExpandConstant('{param:SERVER|}');
    if Server <> '' then
    begin
      if (Pos('"', Server) > 0) or (Pos('https://', Server) <> 1) then
        RaiseException('/SERVER must be an https:// address without quotes.');
      SaveStringToFile(ExpandConstant('{app}\yjfield.toml'),
        '[server]' + #13#10 + 'url = "' + Server + '"' + #13#10, False);
    end;
  end;
end;
