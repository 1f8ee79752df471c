"""A tiny MLServer model shipped with the tests: returns the row sums of its one input tensor."""

from mlserver import MLModel
from mlserver.codecs import NumpyCodec
from mlserver.types import InferenceRequest, InferenceResponse


class SumModel(MLModel):
    async def load(self) -> bool:
        return True

    async def predict(self, payload: InferenceRequest) -> InferenceResponse:
        rows = NumpyCodec.decode_input(payload.inputs[0])
        totals = rows.sum(axis=-1, keepdims=True)
        return InferenceResponse(model_name=self.name, outputs=[NumpyCodec.encode_output("total", totals)])
