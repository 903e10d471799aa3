// STUB — the CLI work replaces this.
import ConsultPlan
print("cplan")
