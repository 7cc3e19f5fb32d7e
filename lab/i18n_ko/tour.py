"""The lecture tour (lab/tour.py): sections, step titles, step texts."""

from __future__ import annotations

EXACT: dict[str, str] = {
    # --- the lecture tour (lab/tour.py): sections, step titles, step texts ---------------------
    '§0 Review': '§0 복습',
    '§1 Activation functions': '§1 활성화 함수',
    '§2 Data preprocessing': '§2 데이터 전처리',
    '§3 Data augmentation': '§3 데이터 증강',
    '§4 Weight initialization': '§4 가중치 초기화',
    '§5 Answers from the Q&A': '§5 질의응답',
    'Conv layers: fan-in is F²·C': 'Conv 층: fan-in은 F²·C',
    'For a conv layer Xavier and Kaiming use d_in = F²·C (kernel area × input channels). Read the layer calculator: output width (W − F + 2P)/S + 1 and parameters (F·F·C_in + 1)·K.':
        'conv 층에서 Xavier와 Kaiming은 d_in = F²·C (커널 넓이 × 입력 채널 수)를 쓴다. 층 계산기에서 출력 너비 (W − F + 2P)/S + 1과 파라미터 수 (F·F·C_in + 1)·K를 읽어 보라.',
    'Pooling has no parameters': '풀링에는 파라미터가 없다',
    'A 2×2 max pool with stride 2 turns 32×32×3 into 16×16×3: resolution and compute shrink, and the parameter count is exactly 0.':
        'stride 2인 2×2 max pool은 32×32×3을 16×16×3으로 바꾼다: 해상도와 계산량은 줄고, 파라미터 수는 정확히 0이다.',
    'σ′(x) = σ(x)(1 − σ(x)) peaks at 0.25 at x = 0; read σ′(5) = 6.65e-3 and σ′(10) = 4.54e-5 in the crosshair. Through n layers the gradient shrinks at least like 0.25ⁿ: watch E[f′]ⁿ fall with depth.':
        'σ′(x) = σ(x)(1 − σ(x))는 x = 0에서 최댓값 0.25; 십자선으로 σ′(5) = 6.65e-3, σ′(10) = 4.54e-5를 읽어 보라. n개 층을 지나면 기울기는 적어도 0.25ⁿ처럼 줄어든다: 깊이에 따라 E[f′]ⁿ이 떨어지는 것을 보라.',
    'Sigmoid is not zero-centred': 'Sigmoid는 0 중심이 아니다',
    "Outputs lie in (0, 1): E[σ(z)] = 0.5 for z ~ N(0, 1). With all-positive inputs every weight's gradient has the same sign, so updates zig-zag towards the optimum.":
        '출력은 (0, 1) 안에 있다: z ~ N(0, 1)이면 E[σ(z)] = 0.5. 입력이 모두 양수면 모든 가중치의 기울기 부호가 같아서, 업데이트가 최적점을 향해 지그재그로 움직인다.',
    'Mini-batches soften the zig-zag': '미니배치는 지그재그를 누그러뜨린다',
    'Same seed, batch 1 versus 32: averaging the gradients over a batch lets the signs differ between weights, and the path to the optimum straightens.':
        '같은 시드, 배치 1 대 32: 배치에 걸쳐 기울기를 평균하면 가중치마다 부호가 달라질 수 있어, 최적점으로 가는 경로가 곧아진다.',
    'tanh: zero-centred, still saturates': 'tanh: 0 중심이지만 여전히 포화',
    'tanh(x) = 2σ(2x) − 1 has range (−1, 1) and is zero-centred, but it saturates too: read tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.':
        'tanh(x) = 2σ(2x) − 1은 범위가 (−1, 1)이고 0 중심이지만, 역시 포화된다: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4를 읽어 보라.',
    'ReLU and the dead ReLU': 'ReLU와 죽은 ReLU',
    'ReLU does not saturate for x > 0 and is cheap. A unit whose pre-activation is always negative has f′ = 0 everywhere it is used: it never updates. Read the dead fraction in the table.':
        'ReLU는 x > 0에서 포화되지 않고 계산이 싸다. 활성화 전 값이 늘 음수인 유닛은 쓰이는 모든 곳에서 f′ = 0이다: 전혀 업데이트되지 않는다. 표에서 죽은 비율을 읽어 보라.',
    'A small bias helps, but does not cure': '작은 편향은 돕지만 고치지는 못한다',
    'A positive bias of 0.01 moves a few units out of the dead zone: compare the dead fraction with bias 0 and with bias 0.01. Most dead units stay dead.':
        '양의 편향 0.01은 몇몇 유닛을 죽은 영역 밖으로 옮긴다: 편향 0과 편향 0.01의 죽은 비율을 비교해 보라. 죽은 유닛 대부분은 그대로 죽어 있다.',
    'Leaky ReLU: no dead units': 'Leaky ReLU: 죽은 유닛이 없다',
    'max(αx, x) with α = 0.01 has f′ = α for x < 0: the gradient never vanishes and no unit dies, at the cost of one more hyperparameter.':
        'α = 0.01인 max(αx, x)는 x < 0에서 f′ = α: 기울기가 사라지지 않고 어떤 유닛도 죽지 않는다. 대신 하이퍼파라미터가 하나 늘어난다.',
    'ELU: outputs closer to zero mean': 'ELU: 출력 평균이 0에 더 가깝다',
    'ELU is x for x > 0 and α(eˣ − 1) otherwise. For z ~ N(0, 1) read mean 0.1605 and std 0.7869 (ReLU: mean 0.399).':
        'ELU는 x > 0이면 x, 아니면 α(eˣ − 1). z ~ N(0, 1)이면 평균 0.1605, 표준편차 0.7869를 읽어 보라 (ReLU: 평균 0.399).',
    "ELU's negative saturation resists noise": 'ELU의 음수 쪽 포화는 잡음에 강하다',
    "For noisy negative inputs ELU's output flattens near −α, so its spread stays small; Leaky ReLU passes the noise on, scaled by its slope. Compare the two output spreads.":
        '잡음 섞인 음수 입력에서 ELU의 출력은 −α 근처에서 평평해져 퍼짐이 작게 유지된다; Leaky ReLU는 잡음을 기울기만큼 줄여 그대로 전달한다. 두 출력의 퍼짐을 비교해 보라.',
    'GELU is smooth and dips below zero: its minimum is −0.16997 at x ≈ −0.752 (move the crosshair there). SELU, SiLU, Softplus and Mish are in the list too.':
        'GELU는 매끄럽고 0 아래로 살짝 내려간다: 최솟값은 x ≈ −0.752에서 −0.16997 (십자선을 그리로 옮겨 보라). SELU, SiLU, Softplus, Mish도 목록에 있다.',
    'SELU self-normalizes': 'SELU는 스스로 정규화한다',
    "SELU (λ = 1.0507, α = 1.6733) with LeCun normal weights keeps each layer's mean near 0 and std near 1 through all ten layers.":
        'SELU (λ = 1.0507, α = 1.6733)에 LeCun 정규분포 가중치를 쓰면 열 개 층 내내 층마다 평균은 0 근처, 표준편차는 1 근처로 유지된다.',
    'ReLU trains faster': 'ReLU가 더 빨리 학습한다',
    'The same small net and the same weights, trained with each activation: read the steps to the target loss. Sigmoid is slowest; ReLU reaches the target first.':
        '같은 작은 신경망, 같은 가중치를 활성화 함수만 바꿔 학습한다: 목표 손실까지의 스텝 수를 읽어 보라. Sigmoid가 가장 느리고 ReLU가 가장 먼저 목표에 닿는다.',
    'Normalization: units differ': '정규화: 단위가 다르다',
    "Pressure varies by about 25 hPa, temperature by about 6 °C. Dividing by each feature's std puts them on equal footing; without it PCA just finds the pressure axis.":
        '기압은 약 25 hPa, 기온은 약 6 °C만큼 변한다. 각 특성을 표준편차로 나누면 같은 조건에 선다; 그러지 않으면 PCA는 기압 축만 찾는다.',
    'Zero-centring': '0 중심화',
    'All-positive data sit far from the origin. Subtracting the mean moves the cloud onto the origin; its shape, the covariance Σ, does not change.':
        '모두 양수인 데이터는 원점에서 멀리 있다. 평균을 빼면 점 구름이 원점으로 옮겨진다; 모양, 즉 공분산 Σ는 바뀌지 않는다.',
    'Centred data make a classifier stable': '중심화된 데이터는 분류기를 안정시킨다',
    'The same small tilt of w turns the decision line about the origin. Far from the origin the line sweeps through the cloud and many points flip class; centred, only a thin wedge flips. Read the two flip percentages.':
        'w를 똑같이 조금 기울이면 결정 직선이 원점을 중심으로 돈다. 원점에서 멀면 직선이 점 구름을 휩쓸고 지나가 많은 점의 클래스가 바뀐다; 중심화하면 얇은 쐐기만 바뀐다. 두 비율을 읽어 보라.',
    'Centred inputs train faster': '중심화된 입력이 더 빨리 학습한다',
    'The same net and data, once with all-positive inputs and once zero-centred: compare the loss curves and the steps to the target loss.':
        '같은 신경망과 데이터를 한 번은 모두 양수인 입력으로, 한 번은 0 중심 입력으로 학습한다: 손실 곡선과 목표 손실까지의 스텝 수를 비교해 보라.',
    'PCA: decorrelate, then whiten': 'PCA: 비상관화한 뒤 화이트닝',
    'Centre, rotate onto the eigenvectors (Σ becomes diagonal = Λ), divide by √(λ + ε) (Σ becomes the identity). Read Σ and λ in each view; the lab divides by N, like the lecture.':
        '중심화하고, 고유벡터로 회전하고 (Σ가 대각 행렬 = Λ), √(λ + ε)로 나눈다 (Σ가 단위 행렬). 보기마다 Σ와 λ를 읽어 보라; 이 랩은 강의처럼 N으로 나눈다.',
    'The worked example': '풀이 예제',
    'These points have exactly Σ = [[3, 1.5], [1.5, 1]] (÷N). Read λ ≈ 3.8 and 0.197 in each view; under the controls, PC1 at 28.155° and λ = 3.8028, 0.19722 (closed form: 3.80278, 0.19722).':
        '이 점들은 정확히 Σ = [[3, 1.5], [1.5, 1]] (÷N)이다. 보기마다 λ ≈ 3.8과 0.197을 읽어 보라; 컨트롤 아래에는 PC1 28.155°, λ = 3.8028, 0.19722 (닫힌 식: 3.80278, 0.19722).',
    'Whitening and ε': '화이트닝과 ε',
    'λ₂ is nearly 0, so 1/√λ₂ would blow noise up: ε caps the gain at 1/√ε. Change ε and watch the whitened view.':
        'λ₂가 거의 0이라 1/√λ₂는 잡음을 키운다: ε가 이득을 1/√ε로 제한한다. ε를 바꾸며 화이트닝된 보기를 지켜보라.',
    'One outlier tilts the axes': '이상치 하나가 축을 기울인다',
    'One far point pulls the mean and tilts the principal axes; Σ grows. Drag it in the original view and watch PC1 turn.':
        '멀리 떨어진 점 하나가 평균을 끌어당기고 주축을 기울인다; Σ는 커진다. 원본 보기에서 그 점을 끌며 PC1이 도는 것을 지켜보라.',
    'Flips and crops': '뒤집기와 자르기',
    "The cheapest invariances: every sample keeps the original's label. Vertical flips only make sense when upside-down photos can occur.":
        '가장 싼 불변성: 모든 표본이 원본의 레이블을 유지한다. 상하 뒤집기는 거꾸로 된 사진이 나올 수 있을 때만 의미가 있다.',
    "ResNet's recipe": 'ResNet의 방법',
    'Resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip. Hover a sample for the L and crop position it drew.':
        '짧은 변을 L ∈ [256, 480]으로 조정하고, 무작위 224×224로 자르고, 뒤집는다. 표본 위에 마우스를 올리면 추출된 L과 자르기 위치가 보인다.',
    'AlexNet and fancy PCA': 'AlexNet과 fancy PCA',
    '224×224 crops of 256×256 images, flips, and colour noise α ~ N(0, 0.1) along the RGB principal components.':
        '256×256 이미지에서 224×224 자르기, 뒤집기, 그리고 RGB 주성분 방향의 색 잡음 α ~ N(0, 0.1).',
    'Colour jitter in HSL': 'HSL 색 지터',
    "Hue rotates (degrees), saturation scales, lightness shifts: HSL, as in a paint program. Libraries differ (HSV, blending); the step's help gives the formulas.":
        '색상은 회전 (도), 채도는 배율, 명도는 이동: 그림판처럼 HSL. 라이브러리마다 다르다 (HSV, 혼합); 식은 각 단계의 도움말에 있다.',
    'Translate, rotate, stretch, shear': '이동, 회전, 늘이기, 기울이기',
    'One affine warp per sample; the label stays the label.': '표본마다 아핀 변환 하나; 레이블은 그대로다.',
    'Random blocking (cutout)': '무작위 가리기 (cutout)',
    'Erased boxes force the model not to rely on one part of the object.': '지운 상자 때문에 모델은 물체의 한 부분에만 의존할 수 없다.',
    'Noise and filters': '잡음과 필터',
    'Added noise and blur: robustness to sensor noise and focus.': '잡음과 흐림 추가: 센서 잡음과 초점에 강해진다.',
    'Mixing two images': '두 이미지 섞기',
    'MixUp blends two photos, CutMix pastes a box: the labels mix by the same weights (read them under each sample).':
        'MixUp은 두 사진을 섞고, CutMix는 상자 하나를 붙인다: 레이블도 같은 가중치로 섞인다 (각 표본 아래에서 읽어 보라).',
    'Test images are resized too': '테스트 이미지도 크기를 조정한다',
    'At test time there is nothing random: resize the short side to 256, take the 224×224 centre. Every sample is the same image.':
        '테스트 때는 무작위가 없다: 짧은 변을 256으로 조정하고 가운데 224×224를 취한다. 모든 표본이 같은 이미지다.',
    '10-crop testing': '10-crop 테스트',
    'AlexNet and ResNet average the predictions over ten 224×224 crops: four corners and the centre, and the same five of the mirrored image (samples 1–10).':
        'AlexNet과 ResNet은 224×224 자르기 10개의 예측을 평균한다: 네 모서리와 가운데, 그리고 좌우 반전한 이미지의 같은 다섯 곳 (표본 1–10).',
    'Small weights: activations collapse': '작은 가중치: 활성값이 무너진다',
    'W = 0.01·N(0, 1), tanh: each layer multiplies the std by about √500·0.01 = 0.224. Read 0.2135, 0.0476, 0.0106, … down to ~0 by layer 10: the gradients vanish.':
        'W = 0.01·N(0, 1), tanh: 층마다 표준편차가 약 √500·0.01 = 0.224배가 된다. 0.2135, 0.0476, 0.0106, …, 10층에서 ~0까지 읽어 보라: 기울기가 사라진다.',
    'Small init does not learn': '작은 초기화는 학습하지 못한다',
    'A deep net started from 0.01·N(0, 1) keeps a flat loss, while Xavier and Kaiming start learning at once. Compare the loss curves.':
        '0.01·N(0, 1)에서 시작한 깊은 신경망은 손실이 평평하게 머물지만, Xavier와 Kaiming은 곧바로 학습을 시작한다. 손실 곡선을 비교해 보라.',
    'Large weights: tanh saturates': '큰 가중치: tanh가 포화된다',
    'W = N(0, 1), tanh: nearly every unit sits at ±1 (std ≈ 0.98 in every layer, about 92 % with |h| > 0.97). The local gradients are ~0, so nothing learns.':
        'W = N(0, 1), tanh: 거의 모든 유닛이 ±1에 머문다 (모든 층에서 표준편차 ≈ 0.98, 약 92 %가 |h| > 0.97). 국소 기울기가 ~0이라 아무것도 학습되지 않는다.',
    'Large Gaussian at σ = 0.5': 'σ = 0.5인 큰 가우시안',
    'The Korean notes use σ = 0.5: the units still pile up at ±1 and the gradients vanish.':
        '한국어 강의 노트는 σ = 0.5를 쓴다: 그래도 유닛이 ±1에 몰리고 기울기가 사라진다.',
    'Xavier: the scale holds': 'Xavier: 크기가 유지된다',
    'W = N(0, 1)/√d_in, tanh: read the stds 0.628, 0.486, 0.407, … 0.228 (layer 1 analytic 0.62793).':
        'W = N(0, 1)/√d_in, tanh: 표준편차 0.628, 0.486, 0.407, … 0.228을 읽어 보라 (1층 해석값 0.62793).',
    'Xavier with ReLU halves the variance': 'ReLU에 Xavier를 쓰면 분산이 절반이 된다',
    'ReLU zeroes half the units: layer 1 mean 0.3989, std 0.5838, then the std shrinks by 1/√2 a layer (0.414, 0.295, 0.208, …).':
        'ReLU는 유닛의 절반을 0으로 만든다: 1층 평균 0.3989, 표준편차 0.5838, 그 뒤로 표준편차가 층마다 1/√2배로 줄어든다 (0.414, 0.295, 0.208, …).',
    'Kaiming / MSRA keeps it': 'Kaiming / MSRA는 크기를 유지한다',
    'W = N(0, 1)·√(2/d_in): layer 1 mean 0.5642 (1/√π), std 0.8256, exactly half the units zero; the scale stays roughly constant with depth (seeds vary).':
        'W = N(0, 1)·√(2/d_in): 1층 평균 0.5642 (1/√π), 표준편차 0.8256, 유닛의 정확히 절반이 0; 깊어져도 크기가 대체로 일정하다 (시드마다 다르다).',
    'Statistics come from training data only': '통계는 학습 데이터에서만 구한다',
    'Half the points are held out. The mean, std and PCA come from the training points; the test points get the same transform and are only approximately white.':
        '점의 절반은 보류한다. 평균, 표준편차, PCA는 학습 점에서 구한다; 테스트 점은 같은 변환을 받아 근사적으로만 화이트닝된다.',
    'Grayscale when colour barely matters': '색이 거의 중요하지 않을 때는 흑백',
    'A weighted sum 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the samples: the input shrinks to one channel and colour can no longer be a shortcut.':
        '표본의 약 절반에서 모든 채널을 가중합 0.299 R + 0.587 G + 0.114 B (BT.601)로 바꾼다: 입력이 한 채널로 줄고, 색은 더 이상 지름길이 될 수 없다.',
    'PCA loses some information': 'PCA는 정보를 일부 잃는다',
    '8×8 colour patches have 192 dimensions. Read how many components keep 90 %, 95 % and 99 % of the variance: how much is lost depends on how fast the eigenvalues fall.':
        '8×8 컬러 패치는 192차원이다. 분산의 90 %, 95 %, 99 %를 남기는 데 성분이 몇 개 필요한지 읽어 보라: 얼마나 잃는지는 고유값이 얼마나 빨리 줄어드는지에 달려 있다.',
}
