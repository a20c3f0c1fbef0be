"""How every generator names itself (shared by the transformers, remote and CTranslate2 generators)."""


class ModelNames:
    """How every generator names itself: "base" or "base+adapter" (the audit log and the app show it).
    Subclasses set base_name and adapter_name; has_adapter may also ask the backend."""

    base_name: str
    adapter_name: str | None

    @property
    def has_adapter(self) -> bool:
        return self.adapter_name is not None

    @property
    def name(self) -> str:
        return self.model_name(use_adapter=True)

    def model_name(self, use_adapter: bool = True) -> str:
        if use_adapter and self.has_adapter:
            return f"{self.base_name}+{self.adapter_name}"
        return self.base_name
