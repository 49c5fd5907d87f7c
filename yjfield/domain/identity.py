"""Who is using this device, as the server enrolled them."""

from pydantic import BaseModel, ConfigDict

from yjfield.domain.codes import Role


class DeviceIdentity(BaseModel):
    """The practitioner and device a store belongs to (ids only; no names of children)."""

    model_config = ConfigDict(frozen=True)

    user_id: str
    username: str
    display_name: str
    role: Role
    device_id: str
    service_id: str
