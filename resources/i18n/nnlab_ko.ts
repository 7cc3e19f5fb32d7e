<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>nnlab</name>
    <message>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>PCA &amp; Whitening</source>
        <translation>PCA와 화이트닝</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>What to notice</source>
        <translation>눈여겨볼 점</translation>
    </message>
    <message>
        <source>Activation functions: f (solid), f′ (dashed)</source>
        <translation>활성화 함수: f (실선), f′ (점선)</translation>
    </message>
    <message>
        <source>highlighted: saturated, |f′| &lt; 0.01; grey: ReLU's dead region (f′ = 0; the lab uses f′(0) = 0, like PyTorch)</source>
        <translation>강조: 포화, |f′| &lt; 0.01; 회색: ReLU의 죽은 영역 (f′ = 0; PyTorch처럼 f′(0) = 0으로 둠)</translation>
    </message>
    <message>
        <source>Does the gradient survive n layers?</source>
        <translation>기울기가 n개 층을 지나도 살아남는가?</translation>
    </message>
    <message>
        <source>Activation functions and their gradients</source>
        <translation>활성화 함수와 그 기울기</translation>
    </message>
    <message>
        <source>f (solid), f′ (dashed)</source>
        <translation>f (실선), f′ (점선)</translation>
    </message>
    <message>
        <source>ReLU dead: f′ = 0</source>
        <translation>죽은 ReLU: f′ = 0</translation>
    </message>
    <message>
        <source>Outputs f(z), z ~ N(μ, σ²)</source>
        <translation>출력 f(z), z ~ N(μ, σ²)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>fraction per bin</source>
        <translation>구간별 비율</translation>
    </message>
    <message>
        <source>E[f′]ⁿ after n layers</source>
        <translation>n개 층을 지난 뒤의 E[f′]ⁿ</translation>
    </message>
    <message>
        <source>layers n</source>
        <translation>층 수 n</translation>
    </message>
    <message>
        <source>gradient factor</source>
        <translation>기울기 배율</translation>
    </message>
    <message>
        <source>Zig-zag (SGD, batch 1)</source>
        <translation>지그재그 (SGD, 배치 1)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>optimum w*</source>
        <translation>최적점 w*</translation>
    </message>
    <message>
        <source>All-positive inputs make SGD zig-zag</source>
        <translation>입력이 모두 양수면 SGD가 지그재그로 움직인다</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>ELU α: the negative saturation level −α</source>
        <translation>ELU α: 음수 쪽 포화 수준 −α</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>구간 수</translation>
    </message>
    <message>
        <source>histogram bins</source>
        <translation>히스토그램 구간 수</translation>
    </message>
    <message>
        <source>layers (depth view)</source>
        <translation>층 수 (깊이 보기)</translation>
    </message>
    <message>
        <source>number of stacked layers in the gradient-vs-depth view</source>
        <translation>깊이에 따른 기울기 보기에서 쌓는 층의 수</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>activation functions to overlay (comma-separated)</source>
        <translation>겹쳐 그릴 활성화 함수 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>mean μ of the input distribution N(μ, σ²)</source>
        <translation>입력 분포 N(μ, σ²)의 평균 μ</translation>
    </message>
    <message>
        <source>curve points</source>
        <translation>곡선 점 수</translation>
    </message>
    <message>
        <source>number of x samples per curve</source>
        <translation>곡선 하나당 x 표본 수</translation>
    </message>
    <message>
        <source>histogram samples</source>
        <translation>히스토그램 표본 수</translation>
    </message>
    <message>
        <source>Monte Carlo samples for the output histogram</source>
        <translation>출력 히스토그램의 몬테카를로 표본 수</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>seed of every random draw (histogram, zig-zag)</source>
        <translation>모든 무작위 추출의 시드 (히스토그램, 지그재그)</translation>
    </message>
    <message>
        <source>show f′ (dashed)</source>
        <translation>f′ 표시 (점선)</translation>
    </message>
    <message>
        <source>draw f′ (dashed) beside f (solid)</source>
        <translation>f (실선) 옆에 f′ (점선)를 그림</translation>
    </message>
    <message>
        <source>standard deviation σ of the input distribution</source>
        <translation>입력 분포의 표준편차 σ</translation>
    </message>
    <message>
        <source>Leaky slope α</source>
        <translation>Leaky 기울기 α</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope α (default 0.01)</source>
        <translation>Leaky ReLU의 음수 쪽 기울기 α (기본값 0.01)</translation>
    </message>
    <message>
        <source>saturated if |f′| &lt;</source>
        <translation>포화 기준 |f′| &lt;</translation>
    </message>
    <message>
        <source>|f′| below this counts as saturated</source>
        <translation>|f′|가 이 값보다 작으면 포화로 셈</translation>
    </message>
    <message>
        <source>x range ±</source>
        <translation>x 범위 ±</translation>
    </message>
    <message>
        <source>the curves are drawn for x in [−x_range, x_range]</source>
        <translation>곡선은 x ∈ [−x_range, x_range]에서 그림</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>samples averaged per step in the zig-zag view</source>
        <translation>지그재그 보기에서 스텝마다 평균하는 표본 수</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>learning rate in the zig-zag view</source>
        <translation>지그재그 보기의 학습률</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <source>SGD steps in the zig-zag view</source>
        <translation>지그재그 보기의 SGD 스텝 수</translation>
    </message>
    <message>
        <source>Sigmoid kills gradients</source>
        <translation>Sigmoid는 기울기를 죽인다</translation>
    </message>
    <message>
        <source>σ′ ≤ 0.25 and tiny in the tails: wide inputs saturate, and the gradient through 50 layers falls below 0.25ⁿ.</source>
        <translation>σ′ ≤ 0.25이고 양 끝에서는 아주 작다: 넓게 퍼진 입력은 포화되고, 50개 층을 지난 기울기는 0.25ⁿ 아래로 떨어진다.</translation>
    </message>
    <message>
        <source>Not zero-centred</source>
        <translation>0 중심이 아니다</translation>
    </message>
    <message>
        <source>σ(z) has mean 0.5 (tanh: 0); all-positive inputs make SGD zig-zag.</source>
        <translation>σ(z)의 평균은 0.5 (tanh: 0); 입력이 모두 양수면 SGD가 지그재그로 움직인다.</translation>
    </message>
    <message>
        <source>Dead ReLU</source>
        <translation>죽은 ReLU</translation>
    </message>
    <message>
        <source>Pre-activations mostly negative (μ = −3): f′ = 0 for 99.9 % of inputs, the unit never updates.</source>
        <translation>활성화 전 값이 대부분 음수 (μ = −3): 입력의 99.9 %에서 f′ = 0, 그 유닛은 전혀 업데이트되지 않는다.</translation>
    </message>
    <message>
        <source>Leaky ReLU fixes it</source>
        <translation>Leaky ReLU로 해결</translation>
    </message>
    <message>
        <source>Same inputs: Leaky ReLU (slope 0.01) keeps a small gradient everywhere, nothing is dead.</source>
        <translation>같은 입력: Leaky ReLU (기울기 0.01)는 어디서나 작은 기울기를 남겨 죽는 유닛이 없다.</translation>
    </message>
    <message>
        <source>ELU: near-zero mean</source>
        <translation>ELU: 0에 가까운 평균</translation>
    </message>
    <message>
        <source>For z ~ N(0, 1): ReLU mean 0.399, ELU mean 0.1605 (std 0.7869).</source>
        <translation>z ~ N(0, 1)일 때: ReLU 평균 0.399, ELU 평균 0.1605 (표준편차 0.7869).</translation>
    </message>
    <message>
        <source>• Sigmoid kills gradients: σ′ is at most 0.25 (at x = 0) and σ′(5) = 6.65e-3, σ′(10) = 4.54e-5.</source>
        <translation>• Sigmoid는 기울기를 죽인다: σ′는 최대 0.25 (x = 0에서)이고 σ′(5) = 6.65e-3, σ′(10) = 4.54e-5.</translation>
    </message>
    <message>
        <source>Backprop multiplies by this local gradient at every layer, so through n sigmoid layers the</source>
        <translation>역전파는 층마다 이 국소 기울기를 곱하므로, sigmoid 층 n개를 지나면</translation>
    </message>
    <message>
        <source>gradient shrinks at least like 0.25ⁿ (depth view, log scale). Shaded: where |f′| &lt; threshold.</source>
        <translation>기울기는 적어도 0.25ⁿ처럼 줄어든다 (깊이 보기, 로그 눈금). 음영: |f′| &lt; 기준값인 곳.</translation>
    </message>
    <message>
        <source>• Sigmoid is not zero-centred: E[σ(z)] = 0.5 for z ~ N(0, 1) (distribution view). With</source>
        <translation>• Sigmoid는 0 중심이 아니다: z ~ N(0, 1)이면 E[σ(z)] = 0.5 (분포 보기).</translation>
    </message>
    <message>
        <source>all-positive inputs every weight gradient of a neuron has the same sign, so one update moves</source>
        <translation>입력이 모두 양수면 한 뉴런의 가중치 기울기는 모두 부호가 같아, 한 번의 업데이트가</translation>
    </message>
    <message>
        <source>all weights up or all down: the zig-zag (zig-zag view). Mini-batch averaging softens it.</source>
        <translation>모든 가중치를 함께 올리거나 내린다: 지그재그 (지그재그 보기). 미니배치 평균이 이를 누그러뜨린다.</translation>
    </message>
    <message>
        <source>• tanh is zero-centred (tanh(x) = 2σ(2x) − 1) but still saturates: tanh′(3) = 9.87e-3.</source>
        <translation>• tanh는 0 중심이지만 (tanh(x) = 2σ(2x) − 1) 여전히 포화된다: tanh′(3) = 9.87e-3.</translation>
    </message>
    <message>
        <source>• ReLU does not saturate for x &gt; 0 and is cheap, but a unit whose input is always negative is</source>
        <translation>• ReLU는 x &gt; 0에서 포화되지 않고 계산이 싸지만, 입력이 늘 음수인 유닛은</translation>
    </message>
    <message>
        <source>dead: f′ = 0 there (the lab uses f′(0) = 0, like PyTorch). Move μ to −3 and watch the dead</source>
        <translation>죽는다: 거기서 f′ = 0 (PyTorch처럼 f′(0) = 0으로 둠). μ를 −3으로 옮기고 죽은 비율을</translation>
    </message>
    <message>
        <source>fraction. Leaky ReLU (slope 0.01) has no dead region.</source>
        <translation>지켜보라. Leaky ReLU (기울기 0.01)에는 죽은 영역이 없다.</translation>
    </message>
    <message>
        <source>• ELU pushes the mean towards zero: mean 0.1605, std 0.7869 for z ~ N(0, 1). SELU keeps mean 0</source>
        <translation>• ELU는 평균을 0 쪽으로 민다: z ~ N(0, 1)이면 평균 0.1605, 표준편차 0.7869. SELU는 평균 0과</translation>
    </message>
    <message>
        <source>and variance 1. GELU = x·Φ(x) has its minimum −0.16997 at x ≈ −0.752.</source>
        <translation>분산 1을 유지한다. GELU = x·Φ(x)의 최솟값은 x ≈ −0.752에서 −0.16997.</translation>
    </message>
    <message>
        <source>• Statistics: closed forms for ReLU, Leaky ReLU, ELU, SELU; composite Gauss–Legendre</source>
        <translation>• 통계: ReLU, Leaky ReLU, ELU, SELU는 닫힌 식; 나머지는 합성 Gauss–Legendre</translation>
    </message>
    <message>
        <source>quadrature (error &lt; 1e-12) for the others; the output histogram is Monte Carlo (seeded).</source>
        <translation>구적법 (오차 &lt; 1e-12); 출력 히스토그램은 시드를 고정한 몬테카를로.</translation>
    </message>
    <message>
        <source>The depth view assumes independent N(μ, σ²) inputs at every layer: E[∏f′] = E[f′]ⁿ.</source>
        <translation>깊이 보기는 층마다 독립인 N(μ, σ²) 입력을 가정한다: E[∏f′] = E[f′]ⁿ.</translation>
    </message>
    <message>
        <source>• Cost: measured time per element of each function (NumPy, this machine), relative to ReLU.</source>
        <translation>• 비용: 함수별 원소당 측정 시간 (NumPy, 이 컴퓨터), ReLU 대비.</translation>
    </message>
    <message>
        <source>Horizontal flip</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <source>Vertical flip</source>
        <translation>상하 뒤집기</translation>
    </message>
    <message>
        <source>Resize short side</source>
        <translation>짧은 변 크기 조정</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>Random crop</source>
        <translation>무작위 자르기</translation>
    </message>
    <message>
        <source>Random resized crop</source>
        <translation>무작위 크기 자르기</translation>
    </message>
    <message>
        <source>Affine (rotate, scale, stretch, shear, translate)</source>
        <translation>아핀 변환 (회전, 확대, 늘이기, 기울이기, 이동)</translation>
    </message>
    <message>
        <source>· Affine (rotate, scale, stretch, shear,</source>
        <translation>· 아핀 변환 (회전, 확대, 늘이기, 기울이기,</translation>
    </message>
    <message>
        <source>Colour jitter (HSL)</source>
        <translation>색 지터 (HSL)</translation>
    </message>
    <message>
        <source>Brightness / contrast</source>
        <translation>밝기 / 대비</translation>
    </message>
    <message>
        <source>Fancy PCA (AlexNet)</source>
        <translation>Fancy PCA (AlexNet)</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>Cutout / random erasing</source>
        <translation>Cutout / 무작위 지우기</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>가우시안 잡음</translation>
    </message>
    <message>
        <source>Salt &amp; pepper noise</source>
        <translation>소금-후추 잡음</translation>
    </message>
    <message>
        <source>Filter (blur, sharpen, edge)</source>
        <translation>필터 (흐림, 선명, 윤곽)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Flips &amp; crops</source>
        <translation>뒤집기와 자르기</translation>
    </message>
    <message>
        <source>ResNet training</source>
        <translation>ResNet 학습</translation>
    </message>
    <message>
        <source>AlexNet + fancy PCA</source>
        <translation>AlexNet + fancy PCA</translation>
    </message>
    <message>
        <source>Geometry (affine)</source>
        <translation>기하 변환 (아핀)</translation>
    </message>
    <message>
        <source>Cutout</source>
        <translation>Cutout</translation>
    </message>
    <message>
        <source>Noise &amp; filters</source>
        <translation>잡음과 필터</translation>
    </message>
    <message>
        <source>MixUp / CutMix</source>
        <translation>MixUp / CutMix</translation>
    </message>
    <message>
        <source>Preprocessing: per-channel mean/std</source>
        <translation>전처리: 채널별 평균/표준편차</translation>
    </message>
    <message>
        <source>mean image</source>
        <translation>평균 이미지</translation>
    </message>
    <message>
        <source>normalized</source>
        <translation>정규화됨</translation>
    </message>
    <message>
        <source>before (pixel/255)</source>
        <translation>전 (픽셀/255)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <source>after</source>
        <translation>후</translation>
    </message>
    <message>
        <source>original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>추출값</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>which image is the original (0 = the first)</source>
        <translation>어느 이미지가 원본인지 (0 = 첫 번째)</translation>
    </message>
    <message>
        <source>image files or folders (empty = the bundled sample photos)</source>
        <translation>이미지 파일이나 폴더 (비우면 함께 제공되는 예제 사진)</translation>
    </message>
    <message>
        <source>preview size</source>
        <translation>미리보기 크기</translation>
    </message>
    <message>
        <source>decode images to at most this many pixels on the long side (0 = full)</source>
        <translation>긴 변을 최대 이 픽셀 수로 디코딩 (0 = 원래 크기)</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>표본 수</translation>
    </message>
    <message>
        <source>number of augmented samples in the grid</source>
        <translation>격자에 보일 증강 표본 수</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>the last n images are held out: statistics never see them</source>
        <translation>마지막 n개 이미지는 보류: 통계 계산에 쓰지 않음</translation>
    </message>
    <message>
        <source>normalization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>how images are normalized</source>
        <translation>이미지 정규화 방법</translation>
    </message>
    <message>
        <source>the pipeline as JSON (used when preset is 'custom')</source>
        <translation>파이프라인 JSON (preset이 'custom'일 때 사용)</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>pipeline preset; 'custom' uses pipeline_json</source>
        <translation>파이프라인 프리셋; 'custom'이면 pipeline_json 사용</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <source>the sample shown large in the single-sample figure (0 = #1)</source>
        <translation>단일 표본 그림에 크게 보일 표본 (0 = #1)</translation>
    </message>
    <message>
        <source>seed of every random draw</source>
        <translation>모든 무작위 추출의 시드</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>per-channel mean</source>
        <translation>채널별 평균</translation>
    </message>
    <message>
        <source>per-channel mean/std</source>
        <translation>채널별 평균/표준편차</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <source>where mean and std come from</source>
        <translation>평균과 표준편차를 어디서 구할지</translation>
    </message>
    <message>
        <source>mean image size</source>
        <translation>평균 이미지 크기</translation>
    </message>
    <message>
        <source>common size (px) the mean image is computed at</source>
        <translation>평균 이미지를 계산하는 공통 크기 (px)</translation>
    </message>
    <message>
        <source>Flips and crops are nearly free and keep the label: the cheapest invariances.</source>
        <translation>뒤집기와 자르기는 거의 공짜이고 레이블을 유지한다: 가장 싼 불변성.</translation>
    </message>
    <message>
        <source>ResNet: short side resized to L ∈ [256, 480], a random 224×224 crop, flips.</source>
        <translation>ResNet: 짧은 변을 L ∈ [256, 480]으로 조정, 무작위 224×224 자르기, 뒤집기.</translation>
    </message>
    <message>
        <source>AlexNet: 224×224 crops of 256×256, flips, colour noise α ~ N(0, 0.1) along the RGB principal components.</source>
        <translation>AlexNet: 256×256에서 224×224 자르기, 뒤집기, RGB 주성분 방향의 색 잡음 α ~ N(0, 0.1).</translation>
    </message>
    <message>
        <source>Colour jitter in HSL: hue rotates, saturation scales, lightness shifts.</source>
        <translation>HSL 색 지터: 색상(hue)은 회전, 채도(saturation)는 배율, 명도(lightness)는 이동.</translation>
    </message>
    <message>
        <source>Translation, rotation, stretching and shearing: the label stays the label.</source>
        <translation>이동, 회전, 늘이기, 기울이기: 레이블은 그대로다.</translation>
    </message>
    <message>
        <source>Random blocking (cutout): the model must not rely on one part of the object.</source>
        <translation>무작위 가리기 (cutout): 모델이 물체의 한 부분에만 의존하지 못하게 한다.</translation>
    </message>
    <message>
        <source>Added noise and filters: robustness to sensor noise and blur.</source>
        <translation>잡음과 필터 추가: 센서 잡음과 흐림에 강해진다.</translation>
    </message>
    <message>
        <source>Mixing two images mixes their labels too (see the label weights).</source>
        <translation>두 이미지를 섞으면 레이블도 섞인다 (레이블 가중치 참고).</translation>
    </message>
    <message>
        <source>Augmentation makes a model invariant to changes that keep the label: each sample is still</source>
        <translation>데이터 증강은 레이블을 바꾸지 않는 변화에 모델을 불변으로 만든다: 각 표본은 여전히</translation>
    </message>
    <message>
        <source>labelled with the original photo's class (MixUp and CutMix mix the labels too: see the weights).</source>
        <translation>원본 사진의 클래스로 레이블된다 (MixUp과 CutMix는 레이블도 섞는다: 가중치 참고).</translation>
    </message>
    <message>
        <source>• Flips and crops are nearly free and always apply; vertical flips only make sense when</source>
        <translation>• 뒤집기와 자르기는 거의 공짜이고 언제나 쓸 수 있다; 상하 뒤집기는</translation>
    </message>
    <message>
        <source>upside-down photos can occur.</source>
        <translation>거꾸로 된 사진이 나올 수 있을 때만 의미가 있다.</translation>
    </message>
    <message>
        <source>• ResNet: resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip.</source>
        <translation>• ResNet: 짧은 변을 L ∈ [256, 480]으로 조정하고, 무작위 224×224로 자르고, 뒤집는다.</translation>
    </message>
    <message>
        <source>AlexNet: 224×224 crops of 256×256 images, flips, and "fancy PCA" colour noise with</source>
        <translation>AlexNet: 256×256 이미지에서 224×224 자르기, 뒤집기, 그리고 RGB 주성분 방향으로</translation>
    </message>
    <message>
        <source>α ~ N(0, 0.1) along the RGB principal components.</source>
        <translation>α ~ N(0, 0.1)인 "fancy PCA" 색 잡음.</translation>
    </message>
    <message>
        <source>• Colour jitter here is in HSL (hue, saturation, lightness, as in a paint program): hue is a</source>
        <translation>• 여기의 색 지터는 HSL (그림판처럼 색상, 채도, 명도)이다: 색상은</translation>
    </message>
    <message>
        <source>rotation, saturation a factor, lightness a shift. Libraries differ (HSV, blending): the</source>
        <translation>회전, 채도는 배율, 명도는 이동. 라이브러리마다 다르다 (HSV, 혼합):</translation>
    </message>
    <message>
        <source>formulas are in the Help of each step.</source>
        <translation>식은 각 단계의 도움말에 있다.</translation>
    </message>
    <message>
        <source>• Hover a sample to see every parameter drawn for it; the same seed gives the same samples.</source>
        <translation>• 표본 위에 마우스를 올리면 추출된 모든 매개변수가 보인다; 같은 시드는 같은 표본을 준다.</translation>
    </message>
    <message>
        <source>• Preprocessing: mean and std come from the training images only and are applied unchanged</source>
        <translation>• 전처리: 평균과 표준편차는 학습 이미지에서만 구하고, 보류한 이미지에도 그대로</translation>
    </message>
    <message>
        <source>to the held-out images. Mean image (AlexNet), per-channel mean (VGG), per-channel</source>
        <translation>적용한다. 평균 이미지 (AlexNet), 채널별 평균 (VGG), 채널별</translation>
    </message>
    <message>
        <source>mean/std (ResNet; ImageNet mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225).</source>
        <translation>평균/표준편차 (ResNet; ImageNet 평균 0.485, 0.456, 0.406, 표준편차 0.229, 0.224, 0.225).</translation>
    </message>
    <message>
        <source>activation std</source>
        <translation>활성값 표준편차</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>mean &amp; std</source>
        <translation>평균과 표준편차</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>saturated / dead</source>
        <translation>포화 / 죽음</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>유닛 비율 (%)</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <source>dead (ReLU = 0)</source>
        <translation>죽음 (ReLU = 0)</translation>
    </message>
    <message>
        <source>gradient std</source>
        <translation>기울기 표준편차</translation>
    </message>
    <message>
        <source>normal input</source>
        <translation>정규분포 입력</translation>
    </message>
    <message>
        <source>all-positive input</source>
        <translation>양수 입력</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>activation function of every layer</source>
        <translation>모든 층의 활성화 함수</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>number of input samples</source>
        <translation>입력 표본 수</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>initial value of every bias</source>
        <translation>모든 편향의 초깃값</translation>
    </message>
    <message>
        <source>about this many histogram bins (power-of-two widths)</source>
        <translation>히스토그램 구간 수 (대략, 2의 거듭제곱 폭)</translation>
    </message>
    <message>
        <source>conv channels C (= number of filters K)</source>
        <translation>conv 채널 수 C (= 필터 수 K)</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>run a second scheme on the same seed and input</source>
        <translation>같은 시드와 입력으로 두 번째 방식을 실행</translation>
    </message>
    <message>
        <source>value of every weight in the constant scheme</source>
        <translation>상수 방식에서 모든 가중치의 값</translation>
    </message>
    <message>
        <source>map</source>
        <translation>맵 크기</translation>
    </message>
    <message>
        <source>height and width of the conv feature maps</source>
        <translation>conv 특성 맵의 높이와 너비</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>number of layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <source>ELU alpha</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>input data: N(0,1) or all-positive |N(0,1)|</source>
        <translation>입력 데이터: N(0,1) 또는 모두 양수인 |N(0,1)|</translation>
    </message>
    <message>
        <source>all positive |N(0, 1)|</source>
        <translation>모두 양수 |N(0, 1)|</translation>
    </message>
    <message>
        <source>conv filter size F (fan-in F²·C)</source>
        <translation>conv 필터 크기 F (fan-in F²·C)</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>fully connected layers or conv layers</source>
        <translation>완전 연결층 또는 conv 층</translation>
    </message>
    <message>
        <source>fully connected</source>
        <translation>완전 연결</translation>
    </message>
    <message>
        <source>convolution (fan-in F²·C)</source>
        <translation>합성곱 (fan-in F²·C)</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>초기화 방식</translation>
    </message>
    <message>
        <source>weight-initialization scheme</source>
        <translation>가중치 초기화 방식</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>small Gaussian</source>
        <translation>작은 가우시안</translation>
    </message>
    <message>
        <source>large Gaussian</source>
        <translation>큰 가우시안</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규분포</translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation>LeCun 균등분포</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot 정규분포</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot 균등분포</translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation>Kaiming 정규분포</translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation>Kaiming 균등분포</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 정규분포</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 균등분포</translation>
    </message>
    <message>
        <source>orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>the scheme to compare with</source>
        <translation>비교할 방식</translation>
    </message>
    <message>
        <source>seed of the input, the weights and the upstream gradient</source>
        <translation>입력, 가중치, 상류 기울기의 시드</translation>
    </message>
    <message>
        <source>large σ</source>
        <translation>큰 σ</translation>
    </message>
    <message>
        <source>std of the large Gaussian scheme (1.0: classic slides)</source>
        <translation>큰 가우시안 방식의 표준편차 (1.0: 고전적인 슬라이드)</translation>
    </message>
    <message>
        <source>small σ</source>
        <translation>작은 σ</translation>
    </message>
    <message>
        <source>std of the small Gaussian scheme</source>
        <translation>작은 가우시안 방식의 표준편차</translation>
    </message>
    <message>
        <source>leaky slope</source>
        <translation>leaky 기울기</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope (also Kaiming's gain)</source>
        <translation>Leaky ReLU의 음수 쪽 기울기 (Kaiming 이득에도 쓰임)</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>units per fully connected layer (and input features)</source>
        <translation>완전 연결층의 유닛 수 (입력 특성 수도)</translation>
    </message>
    <message>
        <source>Small Gaussian + tanh</source>
        <translation>작은 가우시안 + tanh</translation>
    </message>
    <message>
        <source>W = 0.01·N(0,1): stds collapse by ≈0.22 a layer, gradients vanish</source>
        <translation>W = 0.01·N(0,1): 표준편차가 층마다 ≈0.22배로 무너지고, 기울기가 사라진다</translation>
    </message>
    <message>
        <source>Large Gaussian + tanh</source>
        <translation>큰 가우시안 + tanh</translation>
    </message>
    <message>
        <source>W = 1.0·N(0,1): ~92 % of tanh units saturate at ±1</source>
        <translation>W = 1.0·N(0,1): tanh 유닛의 ~92 %가 ±1에서 포화</translation>
    </message>
    <message>
        <source>W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793)</source>
        <translation>W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (1층 해석값 0.62793)</translation>
    </message>
    <message>
        <source>Xavier with ReLU halves the variance each layer</source>
        <translation>ReLU에 Xavier를 쓰면 층마다 분산이 절반이 된다</translation>
    </message>
    <message>
        <source>W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π), scale kept with depth</source>
        <translation>W = N(0,1)·√(2/d_in): 평균 1/√π, 표준편차 √(1 − 1/π), 깊어져도 크기 유지</translation>
    </message>
    <message>
        <source>Conv layer fan-in</source>
        <translation>Conv 층의 fan-in</translation>
    </message>
    <message>
        <source>conv layers with 3×3×16 filters: Kaiming with d_in = F²·C</source>
        <translation>3×3×16 필터의 conv 층: d_in = F²·C로 Kaiming</translation>
    </message>
    <message>
        <source>• Small Gaussian (σ = 0.01) + tanh: the std shrinks by √500·0.01 ≈ 0.22 a layer (0.2135, 0.0476,</source>
        <translation>• 작은 가우시안 (σ = 0.01) + tanh: 표준편차가 층마다 √500·0.01 ≈ 0.22배로 줄어든다 (0.2135, 0.0476,</translation>
    </message>
    <message>
        <source>0.0106, …); the histograms collapse onto 0 and the gradients on the weights vanish.</source>
        <translation>0.0106, …); 히스토그램은 0으로 무너지고 가중치의 기울기는 사라진다.</translation>
    </message>
    <message>
        <source>• Large Gaussian (σ = 1) + tanh: about 92 % of the units sit at ±1 (saturated); the local gradient</source>
        <translation>• 큰 가우시안 (σ = 1) + tanh: 유닛의 약 92 %가 ±1에 머문다 (포화); 거기서 국소 기울기</translation>
    </message>
    <message>
        <source>f′(z) is ~0 there, so the weights barely learn.</source>
        <translation>f′(z)는 ~0이라 가중치가 거의 학습되지 않는다.</translation>
    </message>
    <message>
        <source>• Xavier N(0, 1/d_in) + tanh: 0.628, 0.486, 0.407, … — a slow, healthy decline. The dashed line</source>
        <translation>• Xavier N(0, 1/d_in) + tanh: 0.628, 0.486, 0.407, … — 느리고 건강한 감소. 점선은</translation>
    </message>
    <message>
        <source>is the mean-field (infinite-width) prediction; layer 1 is exact (0.62793).</source>
        <translation>평균장 (무한 너비) 예측이다; 1층은 정확하다 (0.62793).</translation>
    </message>
    <message>
        <source>• Xavier + ReLU: half of the units are 0, so the variance halves every layer (std × 1/√2).</source>
        <translation>• Xavier + ReLU: 유닛의 절반이 0이라 층마다 분산이 절반이 된다 (표준편차 × 1/√2).</translation>
    </message>
    <message>
        <source>• Kaiming N(0, 2/d_in) + ReLU: layer 1 mean 1/√π = 0.5642, std √(1 − 1/π) = 0.8256, half the units</source>
        <translation>• Kaiming N(0, 2/d_in) + ReLU: 1층 평균 1/√π = 0.5642, 표준편차 √(1 − 1/π) = 0.8256, 유닛의 절반은</translation>
    </message>
    <message>
        <source>exactly 0, and the scale stays put with depth (deep layers vary from seed to seed).</source>
        <translation>정확히 0이고, 깊어져도 크기가 유지된다 (깊은 층은 시드마다 다르다).</translation>
    </message>
    <message>
        <source>• Conv layers: the fan-in is d_in = F²·C (kernel area × input channels); see the layer calculator.</source>
        <translation>• Conv 층: fan-in은 d_in = F²·C (커널 넓이 × 입력 채널 수); 층 계산기를 보라.</translation>
    </message>
    <message>
        <source>• Compare mode runs two schemes on the same seed, input and base weight draws.</source>
        <translation>• 비교 모드는 같은 시드, 입력, 기본 가중치 추출로 두 방식을 실행한다.</translation>
    </message>
    <message>
        <source>• The net runs in float32 like a GPU: σ = 1 with ReLU at depth 50 overflows, reported as</source>
        <translation>• 신경망은 GPU처럼 float32로 계산한다: ReLU에 σ = 1, 깊이 50이면 넘쳐서</translation>
    </message>
    <message>
        <source>"exploded to inf at layer k".</source>
        <translation>"k층에서 inf로 발산"으로 보고된다.</translation>
    </message>
    <message>
        <source>Columns of the exported per-layer CSV: grad_std is the std of ∂L/∂W of that layer for a random</source>
        <translation>내보낸 층별 CSV의 열: grad_std는 마지막 층의 무작위 상류 기울기 N(0, 1)에 대한</translation>
    </message>
    <message>
        <source>upstream gradient N(0, 1) at the last layer, averaged over the batch; dead = fraction of ReLU outputs</source>
        <translation>그 층 ∂L/∂W의 표준편차 (배치 평균); dead = ReLU 출력 중 정확히 0인 비율;</translation>
    </message>
    <message>
        <source>exactly 0; saturated = |tanh| &gt; 0.97, |σ − 0.5| &gt; 0.47, or e^z &lt; 0.03 for ELU/SELU.</source>
        <translation>saturated = |tanh| &gt; 0.97, |σ − 0.5| &gt; 0.47, ELU/SELU는 e^z &lt; 0.03.</translation>
    </message>
    <message>
        <source>components kept (k)</source>
        <translation>남긴 성분 수 (k)</translation>
    </message>
    <message>
        <source>fraction of variance kept</source>
        <translation>남은 분산 비율</translation>
    </message>
    <message>
        <source>variance kept</source>
        <translation>남은 분산</translation>
    </message>
    <message>
        <source>Eigenvalues fall fast</source>
        <translation>고유값은 빠르게 줄어든다</translation>
    </message>
    <message>
        <source>eigenvalue λ</source>
        <translation>고유값 λ</translation>
    </message>
    <message>
        <source>eigenvalue</source>
        <translation>고유값</translation>
    </message>
    <message>
        <source>pressure (hPa)</source>
        <translation>기압 (hPa)</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>기온 (°C)</translation>
    </message>
    <message>
        <source>Centred ÷ std</source>
        <translation>중심화 ÷ 표준편차</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>중심화</translation>
    </message>
    <message>
        <source>decorrelated</source>
        <translation>비상관화</translation>
    </message>
    <message>
        <source>whitened</source>
        <translation>화이트닝</translation>
    </message>
    <message>
        <source>test (training statistics)</source>
        <translation>테스트 (학습 통계 사용)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>0 중심화</translation>
    </message>
    <message>
        <source>Decorrelated (X·U)</source>
        <translation>비상관화 (X·U)</translation>
    </message>
    <message>
        <source>PCA-whitened</source>
        <translation>PCA 화이트닝</translation>
    </message>
    <message>
        <source>ZCA-whitened</source>
        <translation>ZCA 화이트닝</translation>
    </message>
    <message>
        <source>Projecting onto the top-k principal axes</source>
        <translation>상위 k개 주축으로 사영</translation>
    </message>
    <message>
        <source>Residuals are orthogonal to the kept axis; the variance kept is Σ top-k λ / Σ λ.</source>
        <translation>잔차는 남긴 축에 직교한다; 남은 분산은 Σ 상위 k λ / Σ λ.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>잔차</translation>
    </message>
    <message>
        <source>Variance per component</source>
        <translation>성분별 분산</translation>
    </message>
    <message>
        <source>component</source>
        <translation>성분</translation>
    </message>
    <message>
        <source>share of variance</source>
        <translation>분산 비율</translation>
    </message>
    <message>
        <source>variance share</source>
        <translation>분산 비율</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>CSV file with the points (source = csv)</source>
        <translation>점이 담긴 CSV 파일 (데이터 출처가 CSV일 때)</translation>
    </message>
    <message>
        <source>pick a .csv (source: CSV file)</source>
        <translation>.csv 선택 (데이터: CSV 파일)</translation>
    </message>
    <message>
        <source>Columns x, y</source>
        <translation>열 x, y</translation>
    </message>
    <message>
        <source>CSV column for x: header name or 1-based number</source>
        <translation>x의 CSV 열: 머리글 이름 또는 1부터 센 번호</translation>
    </message>
    <message>
        <source>name or 1</source>
        <translation>이름 또는 1</translation>
    </message>
    <message>
        <source>CSV column for y: header name or 1-based number</source>
        <translation>y의 CSV 열: 머리글 이름 또는 1부터 센 번호</translation>
    </message>
    <message>
        <source>name or 2</source>
        <translation>이름 또는 2</translation>
    </message>
    <message>
        <source>Covariance</source>
        <translation>공분산</translation>
    </message>
    <message>
        <source>covariance divisor: N (lecture, default) or N-1 (unbiased)</source>
        <translation>공분산의 분모: N (강의, 기본값) 또는 N-1 (불편)</translation>
    </message>
    <message>
        <source>÷N (lecture)</source>
        <translation>÷N (강의)</translation>
    </message>
    <message>
        <source>÷(N−1) (NumPy, sklearn)</source>
        <translation>÷(N−1) (NumPy, sklearn)</translation>
    </message>
    <message>
        <source>whitening regulariser ε in 1/√(λ+ε)</source>
        <translation>화이트닝 정규화 항 ε (1/√(λ+ε))</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>image for the patch spectrum (empty: bundled astronaut photo)</source>
        <translation>패치 스펙트럼에 쓸 이미지 (비우면 함께 제공되는 astronaut 사진)</translation>
    </message>
    <message>
        <source>bundled astronaut.jpg</source>
        <translation>제공된 astronaut.jpg</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <source>principal components kept by the top-k projection</source>
        <translation>상위 k 사영이 남기는 주성분 수</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>four linked views, or one view with a stage slider</source>
        <translation>연결된 네 개의 보기, 또는 단계 슬라이더가 있는 보기 하나</translation>
    </message>
    <message>
        <source>Four linked views</source>
        <translation>연결된 네 보기</translation>
    </message>
    <message>
        <source>One view + stage slider</source>
        <translation>보기 하나 + 단계 슬라이더</translation>
    </message>
    <message>
        <source>Mean x</source>
        <translation>평균 x</translation>
    </message>
    <message>
        <source>x offset of the shape's centre</source>
        <translation>모양 중심의 x 위치</translation>
    </message>
    <message>
        <source>Mean y</source>
        <translation>평균 y</translation>
    </message>
    <message>
        <source>y offset of the shape's centre</source>
        <translation>모양 중심의 y 위치</translation>
    </message>
    <message>
        <source>dragged points as flattened (index, x, y) triples</source>
        <translation>끌어 옮긴 점들 (index, x, y) 세 값씩 나열</translation>
    </message>
    <message>
        <source>Points n</source>
        <translation>점 개수 n</translation>
    </message>
    <message>
        <source>number of synthetic points</source>
        <translation>합성 점의 개수</translation>
    </message>
    <message>
        <source>Patch p×p</source>
        <translation>패치 p×p</translation>
    </message>
    <message>
        <source>patch side p: patches have 3·p² dimensions (192 for 8)</source>
        <translation>패치 변 p: 패치는 3·p²차원 (8이면 192)</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>counter-clockwise rotation of the shape, degrees</source>
        <translation>모양의 반시계 방향 회전 (도)</translation>
    </message>
    <message>
        <source>seed of the points and the train/test split</source>
        <translation>점과 학습/테스트 분할의 시드</translation>
    </message>
    <message>
        <source>highlighted point index (-1: none)</source>
        <translation>강조한 점의 번호 (-1: 없음)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>data: a synthetic shape or 'csv' (a file)</source>
        <translation>데이터: 합성 모양 또는 'csv' (파일)</translation>
    </message>
    <message>
        <source>2-D Gaussian</source>
        <translation>2차원 가우시안</translation>
    </message>
    <message>
        <source>Uniform square</source>
        <translation>균등 정사각형</translation>
    </message>
    <message>
        <source>Two clusters</source>
        <translation>두 군집</translation>
    </message>
    <message>
        <source>Curved banana</source>
        <translation>휘어진 바나나</translation>
    </message>
    <message>
        <source>Gaussian + outlier</source>
        <translation>가우시안 + 이상치</translation>
    </message>
    <message>
        <source>All-positive (log-normal)</source>
        <translation>모두 양수 (로그정규)</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV 파일…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>stage in the single view (moving it selects that view): 0 original, 1 centred, 2 decorrelated, 3 whitened</source>
        <translation>보기 하나일 때의 단계 (옮기면 그 보기를 선택): 0 원본, 1 중심화, 2 비상관화, 3 화이트닝</translation>
    </message>
    <message>
        <source>Divide by std before PCA</source>
        <translation>PCA 전에 표준편차로 나누기</translation>
    </message>
    <message>
        <source>divide each axis by its training std before PCA</source>
        <translation>PCA 전에 각 축을 학습 표준편차로 나눔</translation>
    </message>
    <message>
        <source>Std 1</source>
        <translation>표준편차 1</translation>
    </message>
    <message>
        <source>spread along the shape's first axis (before rotation)</source>
        <translation>모양의 첫째 축 방향 퍼짐 (회전 전)</translation>
    </message>
    <message>
        <source>Std 2</source>
        <translation>표준편차 2</translation>
    </message>
    <message>
        <source>spread along the shape's second axis (before rotation)</source>
        <translation>모양의 둘째 축 방향 퍼짐 (회전 전)</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>share of points held out as test data (transformed with training statistics)</source>
        <translation>테스트 데이터로 보류할 점의 비율 (학습 통계로 변환)</translation>
    </message>
    <message>
        <source>Whitening</source>
        <translation>화이트닝</translation>
    </message>
    <message>
        <source>PCA whitening (axis-aligned) or ZCA (rotated back)</source>
        <translation>PCA 화이트닝 (축 정렬) 또는 ZCA (다시 회전)</translation>
    </message>
    <message>
        <source>PCA (axis-aligned)</source>
        <translation>PCA (축 정렬)</translation>
    </message>
    <message>
        <source>ZCA (rotated back)</source>
        <translation>ZCA (다시 회전)</translation>
    </message>
    <message>
        <source>Axis names</source>
        <translation>축 이름</translation>
    </message>
    <message>
        <source>name of the x axis on the plots (empty: x, or the CSV column)</source>
        <translation>그래프의 x축 이름 (비우면 x, 또는 CSV 열)</translation>
    </message>
    <message>
        <source>name of the y axis on the plots (empty: y, or the CSV column)</source>
        <translation>그래프의 y축 이름 (비우면 y, 또는 CSV 열)</translation>
    </message>
    <message>
        <source>Correlated Gaussian</source>
        <translation>상관된 가우시안</translation>
    </message>
    <message>
        <source>Centre, rotate onto the eigenvectors (diagonal covariance Λ), scale to identity covariance.</source>
        <translation>중심화하고, 고유벡터로 회전하고 (대각 공분산 Λ), 단위 공분산이 되도록 크기를 맞춘다.</translation>
    </message>
    <message>
        <source>Units differ (hPa vs °C)</source>
        <translation>단위가 다름 (hPa 대 °C)</translation>
    </message>
    <message>
        <source>Features in different units: dividing by the std puts pressure and temperature on equal footing.</source>
        <translation>단위가 다른 특성: 표준편차로 나누면 기압과 기온이 같은 조건에 선다.</translation>
    </message>
    <message>
        <source>All-positive data</source>
        <translation>모두 양수인 데이터</translation>
    </message>
    <message>
        <source>All-positive inputs sit far from the origin: zero-centring moves them around it.</source>
        <translation>모두 양수인 입력은 원점에서 멀리 있다: 0 중심화가 원점 주위로 옮긴다.</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>이상치</translation>
    </message>
    <message>
        <source>One far point pulls the mean and tilts the principal axes.</source>
        <translation>멀리 떨어진 점 하나가 평균을 끌어당기고 주축을 기울인다.</translation>
    </message>
    <message>
        <source>Nearly collinear (ε matters)</source>
        <translation>거의 일직선 (ε가 중요)</translation>
    </message>
    <message>
        <source>A tiny second eigenvalue: whitening divides by √(λ + ε), so ε decides how much noise is blown up.</source>
        <translation>둘째 고유값이 아주 작다: 화이트닝은 √(λ + ε)로 나누므로 ε가 잡음이 얼마나 커질지 정한다.</translation>
    </message>
    <message>
        <source>Covariance convention: Σ = XᶜᵀXᶜ / N (the lecture's); switch to N − 1 (NumPy, scikit-learn) and every number scales by N/(N − 1).</source>
        <translation>공분산 규약: Σ = XᶜᵀXᶜ / N (강의의 규약); N − 1 (NumPy, scikit-learn)로 바꾸면 모든 수가 N/(N − 1)배가 된다.</translation>
    </message>
    <message>
        <source>• Centring moves the cloud to the origin; its shape (Σ) does not change.</source>
        <translation>• 중심화는 점 구름을 원점으로 옮긴다; 모양 (Σ)은 바뀌지 않는다.</translation>
    </message>
    <message>
        <source>• Decorrelating (X·U) rotates the principal axes onto x and y: Σ becomes diagonal = Λ.</source>
        <translation>• 비상관화 (X·U)는 주축을 x와 y로 회전시킨다: Σ는 대각 행렬 = Λ가 된다.</translation>
    </message>
    <message>
        <source>• PCA whitening divides each axis by √(λ + ε): Σ becomes the identity (≈ λ/(λ + ε) per axis).</source>
        <translation>• PCA 화이트닝은 각 축을 √(λ + ε)로 나눈다: Σ는 단위 행렬이 된다 (축마다 ≈ λ/(λ + ε)).</translation>
    </message>
    <message>
        <source>• ZCA whitening rotates back (·Uᵀ): still identity covariance, but the points keep their original orientation — the whitened data closest to the input.</source>
        <translation>• ZCA 화이트닝은 다시 회전한다 (·Uᵀ): 공분산은 여전히 단위 행렬이지만 점들은 원래 방향을 유지한다 — 입력에 가장 가까운 화이트닝 데이터.</translation>
    </message>
    <message>
        <source>• Statistics come from the training points only; the test points (green) get the same transform and are only approximately white.</source>
        <translation>• 통계는 학습 점에서만 구한다; 테스트 점 (초록)은 같은 변환을 받아 근사적으로만 화이트닝된다.</translation>
    </message>
    <message>
        <source>• "Units differ": hPa varies 25 while °C varies 6, so without ÷std PCA just finds the pressure axis.</source>
        <translation>• "단위가 다름": hPa는 25, °C는 6만큼 변하므로 ÷표준편차 없이 PCA는 기압 축만 찾는다.</translation>
    </message>
    <message>
        <source>• "Nearly collinear": λ₂ ≈ 0, so 1/√λ₂ blows noise up; ε caps the gain at 1/√ε.</source>
        <translation>• "거의 일직선": λ₂ ≈ 0이라 1/√λ₂가 잡음을 키운다; ε는 이득을 1/√ε로 제한한다.</translation>
    </message>
    <message>
        <source>• "Outlier": one point tilts the principal axes and inflates Σ — drag it and watch.</source>
        <translation>• "이상치": 점 하나가 주축을 기울이고 Σ를 부풀린다 — 끌어 보며 지켜보라.</translation>
    </message>
    <message>
        <source>• Top-k: projecting onto PC1 keeps λ₁/(λ₁ + λ₂) of the variance; for image patches a handful of the 192 components keeps most of it.</source>
        <translation>• 상위 k: PC1로 사영하면 분산의 λ₁/(λ₁ + λ₂)가 남는다; 이미지 패치에서는 192개 성분 중 몇 개가 대부분을 남긴다.</translation>
    </message>
    <message>
        <source>Worked check: Σ = [[3, 1.5], [1.5, 1]] has λ = 3.80278, 0.19722 and its first axis at 28.155°.</source>
        <translation>검산: Σ = [[3, 1.5], [1.5, 1]]의 λ = 3.80278, 0.19722이고 첫째 축은 28.155°.</translation>
    </message>
    <message>
        <source>training loss (whole set)</source>
        <translation>학습 손실 (전체 집합)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>SGD step</source>
        <translation>SGD 스텝</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>무작위 수준</translation>
    </message>
    <message>
        <source>zero-centred inputs</source>
        <translation>0 중심 입력</translation>
    </message>
    <message>
        <source>all-positive inputs</source>
        <translation>양수 입력</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>hidden-layer activations to compare (comma-separated)</source>
        <translation>비교할 은닉층 활성화 함수 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>elu</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>selu</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>gelu</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>silu</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>leaky_relu</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>mini-batch size (samples drawn with replacement)</source>
        <translation>미니배치 크기 (복원 추출)</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>toy 2-D classification set</source>
        <translation>2차원 장난감 분류 데이터</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>은닉층 수</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <source>the gain when gain_mode is fixed</source>
        <translation>이득 방식이 고정값일 때의 이득</translation>
    </message>
    <message>
        <source>gain of Glorot/Kaiming: the scheme's own, calculate_gain(activation), or fixed</source>
        <translation>Glorot/Kaiming의 이득: 방식 고유값, PyTorch의 calculate_gain(활성화 함수), 또는 고정값</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>input centring: zero-centred and/or all-positive (comma-separated)</source>
        <translation>입력 중심화: 0 중심 및/또는 모두 양수 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>양수</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>SGD learning rate</source>
        <translation>SGD 학습률</translation>
    </message>
    <message>
        <source>training points per class</source>
        <translation>클래스당 학습 점 수</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>noise of the data set (spiral: angle, moons/XOR: position)</source>
        <translation>데이터셋의 잡음 (나선: 각도, 초승달/XOR: 위치)</translation>
    </message>
    <message>
        <source>schemes</source>
        <translation>초기화 방식</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>weight-initialization schemes to compare (comma-separated)</source>
        <translation>비교할 가중치 초기화 방식 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>seed of the data, the weights and the mini-batches</source>
        <translation>데이터, 가중치, 미니배치의 시드</translation>
    </message>
    <message>
        <source>std of the large Gaussian scheme</source>
        <translation>큰 가우시안 방식의 표준편차</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope</source>
        <translation>Leaky ReLU의 음수 쪽 기울기</translation>
    </message>
    <message>
        <source>SGD steps per run</source>
        <translation>실행당 SGD 스텝 수</translation>
    </message>
    <message>
        <source>loss that counts as 'reached' (steps-to-target)</source>
        <translation>'도달'로 치는 손실 (목표까지 스텝 수)</translation>
    </message>
    <message>
        <source>units per hidden layer</source>
        <translation>은닉층당 유닛 수</translation>
    </message>
    <message>
        <source>• Small init (σ = 0.01) on a deep net does not learn: the signal shrinks by ≈ √width·σ per</source>
        <translation>• 깊은 신경망에서 작은 초기화 (σ = 0.01)는 학습하지 못한다: 신호가 층마다 ≈ √width·σ배로</translation>
    </message>
    <message>
        <source>layer, the gradients vanish with it, and the loss sits at chance (ln 3 = 1.10 for the spiral)</source>
        <translation>줄고, 기울기도 함께 사라지며, 손실은 무작위 수준에 머문다 (나선은 ln 3 = 1.10)</translation>
    </message>
    <message>
        <source>while Glorot/Xavier and Kaiming/He train (preset "Small init does not learn").</source>
        <translation>반면 Glorot/Xavier와 Kaiming/He는 학습된다 (프리셋 "작은 초기화는 학습하지 못한다").</translation>
    </message>
    <message>
        <source>• ReLU reaches the target loss in fewer steps than tanh, and sigmoid barely moves, with the same</source>
        <translation>• 모든 활성화 함수에 같은 가중치를 쓰면 ReLU는 tanh보다 적은 스텝으로 목표 손실에 닿고,</translation>
    </message>
    <message>
        <source>weights for every activation (preset "ReLU vs tanh vs sigmoid"; read the steps-to-target bars,</source>
        <translation>sigmoid는 거의 움직이지 않는다 (프리셋 "ReLU 대 tanh 대 sigmoid"; 목표까지 스텝 막대를 읽되,</translation>
    </message>
    <message>
        <source>not a factor: Krizhevsky et al. 2012 report 6× on CIFAR-10).  Give each activation PyTorch's</source>
        <translation>배율로 읽지는 말 것: Krizhevsky 외 2012는 CIFAR-10에서 6배를 보고).  각 활성화 함수에 PyTorch의</translation>
    </message>
    <message>
        <source>gain instead (gain from the activation: ReLU √2, tanh 5/3) and on this small problem tanh</source>
        <translation>이득을 주면 (활성화 함수에 따른 이득: ReLU √2, tanh 5/3) 이 작은 문제에서는 tanh가</translation>
    </message>
    <message>
        <source>catches up with ReLU: here the init scale matters as much as the activation.</source>
        <translation>ReLU를 따라잡는다: 여기서는 초기화 크기가 활성화 함수만큼 중요하다.</translation>
    </message>
    <message>
        <source>• Zero-centred inputs train faster than all-positive ones (same points shifted so every</source>
        <translation>• 0 중심 입력은 모두 양수인 입력보다 빨리 학습된다 (같은 점을 모든 좌표가 ≥ 1이 되게</translation>
    </message>
    <message>
        <source>coordinate is ≥ 1): with all-positive inputs every first-layer weight of a unit gets a gradient</source>
        <translation>옮긴 것): 입력이 모두 양수면 한 유닛의 첫 층 가중치가 모두 같은 부호의 기울기를 받아</translation>
    </message>
    <message>
        <source>of the same sign, so the weights zig-zag (preset "Zero-centred vs all-positive inputs").</source>
        <translation>가중치가 지그재그로 움직인다 (프리셋 "0 중심 대 양수 입력").</translation>
    </message>
    <message>
        <source>• Every run shares the data, the base weight draws and the mini-batch sequence (all from the</source>
        <translation>• 모든 실행은 데이터, 기본 가중치 추출, 미니배치 순서를 공유한다 (모두</translation>
    </message>
    <message>
        <source>seed): runs differ only by activation, scheme and input centring.  Loss and accuracy are</source>
        <translation>시드에서): 실행은 활성화 함수, 초기화 방식, 입력 중심화만 다르다.  손실과 정확도는</translation>
    </message>
    <message>
        <source>measured on the whole training set.</source>
        <translation>학습 집합 전체에서 잰다.</translation>
    </message>
    <message>
        <source>Outputs f(z)</source>
        <translation>출력 f(z)</translation>
    </message>
    <message>
        <source>output f(z)</source>
        <translation>출력 f(z)</translation>
    </message>
    <message>
        <source>input z</source>
        <translation>입력 z</translation>
    </message>
    <message>
        <source>exact means</source>
        <translation>정확한 평균</translation>
    </message>
    <message>
        <source>dead (= 0)</source>
        <translation>죽음 (= 0)</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>죽은 유닛</translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation>포화된 유닛</translation>
    </message>
    <message>
        <source>std (solid), mean (dotted)</source>
        <translation>표준편차 (실선), 평균 (점선)</translation>
    </message>
    <message>
        <source>drawn for this sample:</source>
        <translation>이 표본에서 추출된 값:</translation>
    </message>
    <message>
        <source>grey: ReLU dead (f′ = 0)</source>
        <translation>회색: 죽은 ReLU (f′ = 0)</translation>
    </message>
    <message>
        <source>the lab uses f′(0) = 0, like PyTorch</source>
        <translation>PyTorch처럼 f′(0) = 0으로 둠</translation>
    </message>
    <message>
        <source>1: gradient kept</source>
        <translation>1: 기울기 유지</translation>
    </message>
    <message>
        <source>custom pipeline</source>
        <translation>사용자 정의 파이프라인</translation>
    </message>
    <message>
        <source>captions on tiles</source>
        <translation>타일 설명</translation>
    </message>
    <message>
        <source>a caption per sample tile naming what it got (off: a clean slide)</source>
        <translation>표본 타일마다 받은 변환을 적은 설명 (끄면 깔끔한 슬라이드)</translation>
    </message>
    <message>
        <source>10-crop (test time)</source>
        <translation>10-crop (테스트 시)</translation>
    </message>
    <message>
        <source>Centre crop (test time)</source>
        <translation>가운데 자르기 (테스트 시)</translation>
    </message>
    <message>
        <source>Test time: 10-crop</source>
        <translation>테스트 시: 10-crop</translation>
    </message>
    <message>
        <source>Test time: resize + centre crop</source>
        <translation>테스트 시: 크기 조정 + 가운데 자르기</translation>
    </message>
    <message>
        <source>Test images are resized too: short side to 256, the 224×224 centre; nothing random.</source>
        <translation>테스트 이미지도 크기를 조정한다: 짧은 변을 256으로, 가운데 224×224; 무작위는 없다.</translation>
    </message>
    <message>
        <source>AlexNet/ResNet testing: ten 224×224 crops (corners, centre, and mirrored), predictions averaged.</source>
        <translation>AlexNet/ResNet 테스트: 224×224 자르기 10개 (네 모서리, 가운데, 그리고 좌우 반전), 예측은 평균.</translation>
    </message>
    <message>
        <source>When colour barely matters: 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the samples.</source>
        <translation>색이 거의 중요하지 않을 때: 표본의 약 절반에서 모든 채널을 0.299 R + 0.587 G + 0.114 B (BT.601)로.</translation>
    </message>
    <message>
        <source>• Test images are resized too: short side to 256, the 224×224 centre (or ten crops: corners,</source>
        <translation>• 테스트 이미지도 크기를 조정한다: 짧은 변을 256으로, 가운데 224×224 (또는 자르기 10개: 모서리,</translation>
    </message>
    <message>
        <source>centre, mirrored; predictions averaged). Grayscale (0.299 R + 0.587 G + 0.114 B) when colour</source>
        <translation>가운데, 좌우 반전; 예측은 평균). 흑백 (0.299 R + 0.587 G + 0.114 B)은 색이</translation>
    </message>
    <message>
        <source>barely matters.</source>
        <translation>거의 중요하지 않을 때.</translation>
    </message>
    <message>
        <source>Decision line</source>
        <translation>결정 직선</translation>
    </message>
    <message>
        <source>Decision line: centred vs not</source>
        <translation>결정 직선: 중심화 여부</translation>
    </message>
    <message>
        <source>Zero-centring keeps a decision line stable</source>
        <translation>0 중심화는 결정 직선을 안정시킨다</translation>
    </message>
    <message>
        <source>class flipped</source>
        <translation>클래스 바뀜</translation>
    </message>
    <message>
        <source>Tilt of w</source>
        <translation>w 기울임 각도</translation>
    </message>
    <message>
        <source>decision line view: how far w is tilted (b fixed)</source>
        <translation>결정 직선 보기: w를 얼마나 기울일지 (b 고정)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>단계별</translation>
    </message>
    <message>
        <source>Top-k projection</source>
        <translation>상위 k 사영</translation>
    </message>
    <message>
        <source>Image patches</source>
        <translation>이미지 패치</translation>
    </message>
    <message>
        <source>the view in front: stages, top-k, image patches or decision line</source>
        <translation>앞에 보일 보기: 단계별, 상위 k, 이미지 패치 또는 결정 직선</translation>
    </message>
    <message>
        <source>A small tilt of w flips many far-off points, few centred ones: centred data are easier to optimize.</source>
        <translation>w를 조금만 기울여도 멀리 있는 점은 많이, 중심화된 점은 적게 클래스가 바뀐다: 중심화된 데이터가 최적화하기 쉽다.</translation>
    </message>
    <message>
        <source>Training statistics only</source>
        <translation>학습 통계만 사용</translation>
    </message>
    <message>
        <source>Mean, std and PCA come from the training half; the test half gets the same transform, nearly white.</source>
        <translation>평균, 표준편차, PCA는 학습용 절반에서 구한다; 테스트용 절반은 같은 변환을 받아 거의 화이트닝된다.</translation>
    </message>
    <message>
        <source>Patches: what top-k keeps</source>
        <translation>패치: 상위 k개가 남기는 것</translation>
    </message>
    <message>
        <source>8×8 RGB patches are 192-D: a few components keep most of the variance; the rest is lost.</source>
        <translation>8×8 RGB 패치는 192차원: 성분 몇 개가 분산의 대부분을 남기고, 나머지는 잃는다.</translation>
    </message>
    <message>
        <source>Worked example Σ</source>
        <translation>풀이 예제 Σ</translation>
    </message>
    <message>
        <source>Worked example Σ (lecture)</source>
        <translation>풀이 예제 Σ (강의)</translation>
    </message>
    <message>
        <source>Points with exactly this covariance (÷N): λ = 3.80278, 0.19722 and PC1 at 28.155°.</source>
        <translation>공분산이 정확히 이 값인 점들 (÷N): λ = 3.80278, 0.19722, PC1은 28.155°.</translation>
    </message>
    <message>
        <source>Worked check (preset "Worked example Σ"): Σ = [[3, 1.5], [1.5, 1]] has λ = 3.80278, 0.19722 and its first axis at 28.155°.</source>
        <translation>검산 (프리셋 "풀이 예제 Σ"): Σ = [[3, 1.5], [1.5, 1]]의 λ = 3.80278, 0.19722이고 첫째 축은 28.155°.</translation>
    </message>
    <message>
        <source>• Decision line: the same small tilt of w flips many off-centre points and few centred ones.</source>
        <translation>• 결정 직선: w를 똑같이 조금 기울여도 중심화 전에는 많은 점이, 중심화 후에는 적은 점이 클래스가 바뀐다.</translation>
    </message>
    <message>
        <source>• Statistics come from the training points only; the test points get the same transform and are only approximately white.</source>
        <translation>• 통계는 학습 점에서만 구한다; 테스트 점은 같은 변환을 받아 근사적으로만 화이트닝된다.</translation>
    </message>
    <message>
        <source>Activation functions: f(x)</source>
        <translation>활성화 함수: f(x)</translation>
    </message>
    <message>
        <source>Mini-batch softens the zig-zag</source>
        <translation>미니배치는 지그재그를 누그러뜨린다</translation>
    </message>
    <message>
        <source>All-positive inputs, same seed: with batch 1 every step moves both weights the same way (↗ or ↙); averaged over 32 samples most steps do not.</source>
        <translation>입력이 모두 양수, 같은 시드: 배치 1이면 모든 스텝이 두 가중치를 같은 방향 (↗ 또는 ↙)으로 움직이고, 32개 표본으로 평균하면 대부분의 스텝은 그렇지 않다.</translation>
    </message>
    <message>
        <source>tanh saturates</source>
        <translation>tanh의 포화</translation>
    </message>
    <message>
        <source>tanh is zero-centred but still saturates: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.</source>
        <translation>tanh는 0 중심이지만 여전히 포화된다: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.</translation>
    </message>
    <message>
        <source>GELU minimum</source>
        <translation>GELU의 최솟값</translation>
    </message>
    <message>
        <source>GELU = x·Φ(x) dips below zero: minimum −0.16997 at x ≈ −0.752 (f′ = 0 there).</source>
        <translation>GELU = x·Φ(x)는 0 아래로 내려간다: x ≈ −0.752에서 최솟값 −0.16997 (거기서 f′ = 0).</translation>
    </message>
    <message>
        <source>ELU vs Leaky ReLU under noise</source>
        <translation>잡음 속의 ELU 대 Leaky ReLU</translation>
    </message>
    <message>
        <source>Far below zero ELU saturates at −α, so input noise barely reaches its output (μ = −6, σ = 0.5: spread 1.5e-3 vs Leaky ReLU's 5.0e-3); above μ* ≈ −4.8 Leaky ReLU is the quieter one.</source>
        <translation>0보다 한참 아래에서 ELU는 −α에서 포화되므로 입력 잡음이 출력에 거의 닿지 않는다 (μ = −6, σ = 0.5: 퍼짐 1.5e-3 대 Leaky ReLU 5.0e-3); μ* ≈ −4.8 위에서는 Leaky ReLU가 더 조용하다.</translation>
    </message>
    <message>
        <source>ELU vs Leaky ReLU: noise on negative inputs</source>
        <translation>ELU 대 Leaky ReLU: 음수 입력의 잡음</translation>
    </message>
    <message>
        <source>input level μ</source>
        <translation>입력 수준 μ</translation>
    </message>
    <message>
        <source>output spread</source>
        <translation>출력 퍼짐</translation>
    </message>
    <message>
        <source>output deviation</source>
        <translation>출력 편차</translation>
    </message>
    <message>
        <source>share of samples</source>
        <translation>표본 비율</translation>
    </message>
    <message>
        <source>compare batch</source>
        <translation>비교 배치</translation>
    </message>
    <message>
        <source>also draw the all-positive path with this batch size (same seed; 0: off)</source>
        <translation>이 배치 크기로 양수 입력의 경로도 그림 (같은 시드; 0: 끔)</translation>
    </message>
    <message>
        <source>mark x at</source>
        <translation>표시할 x</translation>
    </message>
    <message>
        <source>x values (comma-separated, at most 6) where every curve gets a labelled point with f and f′ (e.g. 0, 3, 5)</source>
        <translation>모든 곡선에 f와 f′ 값을 적은 점을 찍을 x 값 (쉼표로 구분, 최대 6개, 예: 0, 3, 5)</translation>
    </message>
    <message>
        <source>noise robustness view</source>
        <translation>잡음 강건성 보기</translation>
    </message>
    <message>
        <source>show ELU vs Leaky ReLU output spread for noisy inputs around μ (noise σ)</source>
        <translation>μ 주변의 잡음 섞인 입력에 대한 ELU 대 Leaky ReLU의 출력 퍼짐 표시 (잡음 σ)</translation>
    </message>
    <message>
        <source>• "mark x at" puts labelled points on every curve (preset "tanh saturates": tanh′(3) = 9.87e-3).</source>
        <translation>• "표시할 x"는 모든 곡선에 값을 적은 점을 찍는다 (프리셋 "tanh의 포화": tanh′(3) = 9.87e-3).</translation>
    </message>
    <message>
        <source>• ELU under noise (noise robustness view): far below zero ELU saturates, so input noise barely</source>
        <translation>• 잡음 속의 ELU (잡음 강건성 보기): 0보다 한참 아래에서 ELU는 포화되므로 입력 잡음이 출력에</translation>
    </message>
    <message>
        <source>reaches its output; Leaky ReLU passes slope·σ whatever the level (crossover μ* ≈ −4.8 at σ = 0.5).</source>
        <translation>거의 닿지 않는다; Leaky ReLU는 수준과 상관없이 slope·σ를 전달한다 (σ = 0.5에서 교차점 μ* ≈ −4.8).</translation>
    </message>
    <message>
        <source>• Zig-zag: with all-positive inputs and batch 1 every step moves both weights the same way;</source>
        <translation>• 지그재그: 입력이 모두 양수이고 배치가 1이면 모든 스텝이 두 가중치를 같은 방향으로 움직인다;</translation>
    </message>
    <message>
        <source>"compare batch" 32 (same seed) averages the signs and the path straightens.</source>
        <translation>"비교 배치" 32 (같은 시드)는 부호를 평균하여 경로가 곧아진다.</translation>
    </message>
    <message>
        <source>Dead ReLU: bias 0 vs 0.01</source>
        <translation>죽은 ReLU: 편향 0 대 0.01</translation>
    </message>
    <message>
        <source>Kaiming + ReLU with bias 0 and 0.01: ≈ 50 % of the ReLU outputs are 0 either way (layer 1: Φ(−b/√2) = 50 % → 49.7 %); a small positive bias helps a little, it does not cure</source>
        <translation>Kaiming + ReLU에 편향 0과 0.01: 어느 쪽이든 ReLU 출력의 ≈ 50 %가 0 (1층: Φ(−b/√2) = 50 % → 49.7 %); 작은 양의 편향은 조금 도울 뿐 고치지 못한다</translation>
    </message>
    <message>
        <source>Large Gaussian σ = 0.5</source>
        <translation>큰 가우시안 σ = 0.5</translation>
    </message>
    <message>
        <source>W = 0.5·N(0,1) (the Korean notes): still ~85 % of tanh units saturate (|h| &gt; 0.97), std ≈ 0.96</source>
        <translation>W = 0.5·N(0,1) (한국어 강의 노트): 여전히 tanh 유닛의 ~85 %가 포화 (|h| &gt; 0.97), 표준편차 ≈ 0.96</translation>
    </message>
    <message>
        <source>W = 1.0·N(0,1) (classic slides): ~92 % of tanh units saturate at ±1, std ≈ 0.98 at every layer</source>
        <translation>W = 1.0·N(0,1) (고전적인 슬라이드): tanh 유닛의 ~92 %가 ±1에서 포화, 모든 층에서 표준편차 ≈ 0.98</translation>
    </message>
    <message>
        <source>W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793); mean of 8 seeds beside the quoted numbers</source>
        <translation>W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (1층 해석값 0.62793); 강의 값 옆에 시드 8개의 평균</translation>
    </message>
    <message>
        <source>W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π) = 0.8256, scale kept with depth (mean of 8 seeds; single seeds vary)</source>
        <translation>W = N(0,1)·√(2/d_in): 평균 1/√π, 표준편차 √(1 − 1/π) = 0.8256, 깊어져도 크기 유지 (시드 8개의 평균; 시드 하나씩은 다름)</translation>
    </message>
    <message>
        <source>Xavier with ReLU halves the variance each layer: 0.5838, 0.414, 0.295, 0.208, …; mean of 8 seeds beside the prediction</source>
        <translation>ReLU에 Xavier를 쓰면 층마다 분산이 절반이 된다: 0.5838, 0.414, 0.295, 0.208, …; 예측 옆에 시드 8개의 평균</translation>
    </message>
    <message>
        <source>Pooling: 32×32×3 → 16×16×3</source>
        <translation>풀링: 32×32×3 → 16×16×3</translation>
    </message>
    <message>
        <source>2×2 max pooling with stride 2 halves H and W, keeps the 3 channels, and has 0 learnable parameters (layer calculator)</source>
        <translation>stride 2인 2×2 max pooling은 H와 W를 절반으로 줄이고 채널 3개는 유지하며, 학습할 파라미터는 0개다 (층 계산기)</translation>
    </message>
    <message>
        <source>SELU + LeCun normal through 30 layers: mean stays ≈ 0 and std ≈ 1 at every layer, without any normalization layer</source>
        <translation>SELU + LeCun 정규분포로 30개 층: 정규화 층 없이도 모든 층에서 평균 ≈ 0, 표준편차 ≈ 1</translation>
    </message>
    <message>
        <source>Xavier (= LeCun normal)</source>
        <translation>Xavier (= LeCun 정규분포)</translation>
    </message>
    <message>
        <source>W ~ N(0, gain²/d_in)</source>
        <translation>W ~ N(0, 이득²/d_in)</translation>
    </message>
    <message>
        <source>W ~ N(0, gain²·2/(d_in + d_out))</source>
        <translation>W ~ N(0, 이득²·2/(d_in + d_out))</translation>
    </message>
    <message>
        <source>W ~ U(−b, b), b = gain·√(6/(d_in + d_out))</source>
        <translation>W ~ U(−b, b), b = 이득·√(6/(d_in + d_out))</translation>
    </message>
    <message>
        <source>W ~ U(−b, b), b = gain·√(3/d_in)</source>
        <translation>W ~ U(−b, b), b = 이득·√(3/d_in)</translation>
    </message>
    <message>
        <source>W orthogonal (QR of a Gaussian), entry variance 1/max(d_in, d_out)</source>
        <translation>W 직교 (가우시안의 QR), 원소 분산 1/max(d_in, d_out)</translation>
    </message>
    <message>
        <source>from the scheme</source>
        <translation>방식 기본값</translation>
    </message>
    <message>
        <source>from the activation (calculate_gain)</source>
        <translation>활성화 함수 기준 (calculate_gain)</translation>
    </message>
    <message>
        <source>fixed value</source>
        <translation>고정값</translation>
    </message>
    <message>
        <source>fixed gain</source>
        <translation>고정 이득</translation>
    </message>
    <message>
        <source>the gain when it is fixed</source>
        <translation>고정할 때의 이득</translation>
    </message>
    <message>
        <source>gain of Glorot/Kaiming: each scheme's own (Glorot 1, Kaiming √2), PyTorch's calculate_gain of the activation, or a fixed value</source>
        <translation>Glorot/Kaiming의 이득: 방식 고유값 (Glorot 1, Kaiming √2), 활성화 함수에 대한 PyTorch의 calculate_gain, 또는 고정값</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>시드 수</translation>
    </message>
    <message>
        <source>also run this many seeds (seed, seed + 1, …) and show their mean and spread of the activation std beside the prediction (1: off)</source>
        <translation>시드를 이만큼 (시드, 시드 + 1, …) 실행해 활성값 표준편차의 평균과 퍼짐을 예측 옆에 표시 (1: 끔)</translation>
    </message>
    <message>
        <source>prediction (mean field)</source>
        <translation>예측 (평균장)</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>강의 값</translation>
    </message>
    <message>
        <source>± is the sample std over seeds (ddof 1)</source>
        <translation>±는 시드에 걸친 표본 표준편차 (ddof 1)</translation>
    </message>
    <message>
        <source>band: min–max</source>
        <translation>띠: 최소–최대</translation>
    </message>
    <message>
        <source>dashed: mean-field prediction</source>
        <translation>점선: 평균장 예측</translation>
    </message>
    <message>
        <source>dots: the lecture's numbers</source>
        <translation>점: 강의의 수치</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>what the second run changes</source>
        <translation>두 번째 실행에서 바꿀 것</translation>
    </message>
    <message>
        <source>two schemes</source>
        <translation>두 방식</translation>
    </message>
    <message>
        <source>two biases</source>
        <translation>두 편향</translation>
    </message>
    <message>
        <source>scheme B</source>
        <translation>방식 B</translation>
    </message>
    <message>
        <source>the bias of the second run when comparing biases</source>
        <translation>편향을 비교할 때 두 번째 실행의 편향</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>계산기</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>합성곱</translation>
    </message>
    <message>
        <source>pooling (max/avg)</source>
        <translation>풀링 (max/avg)</translation>
    </message>
    <message>
        <source>layer calculator: convolution or pooling</source>
        <translation>층 계산기: 합성곱 또는 풀링</translation>
    </message>
    <message>
        <source>layer calculator: filter (or pooling window) size F</source>
        <translation>층 계산기: 필터 (또는 풀링 창) 크기 F</translation>
    </message>
    <message>
        <source>layer calculator: input channels C</source>
        <translation>층 계산기: 입력 채널 수 C</translation>
    </message>
    <message>
        <source>layer calculator: input height H</source>
        <translation>층 계산기: 입력 높이 H</translation>
    </message>
    <message>
        <source>layer calculator: input width W</source>
        <translation>층 계산기: 입력 너비 W</translation>
    </message>
    <message>
        <source>layer calculator: number of filters K (conv only)</source>
        <translation>층 계산기: 필터 수 K (conv만)</translation>
    </message>
    <message>
        <source>layer calculator: stride S</source>
        <translation>층 계산기: stride S</translation>
    </message>
    <message>
        <source>layer calculator: zero padding P (conv only)</source>
        <translation>층 계산기: 0 패딩 P (conv만)</translation>
    </message>
    <message>
        <source>• Seeds: one seed's deep layers can sit 7–17 % off the lecture's numbers. The presets that quote</source>
        <translation>• 시드: 시드 하나의 깊은 층은 강의의 수치와 7–17 % 어긋날 수 있다. 수치를 인용하는 프리셋은</translation>
    </message>
    <message>
        <source>numbers run 8 consecutive seeds and show their mean, range and ± (sample std) beside the</source>
        <translation>연속된 시드 8개를 실행해 그 평균, 범위, ± (표본 표준편차)를</translation>
    </message>
    <message>
        <source>prediction and the quoted values (Kaiming + ReLU: ≈ 0.80 ± 0.08 at layer 10 vs 0.8256).</source>
        <translation>예측 및 강의 값 옆에 보여 준다 (Kaiming + ReLU: 10층에서 ≈ 0.80 ± 0.08 대 0.8256).</translation>
    </message>
    <message>
        <source>• Gain: Glorot/Kaiming take PyTorch's gain "from the scheme" (Glorot 1, Kaiming √2), "from the</source>
        <translation>• 이득 (gain): Glorot/Kaiming은 PyTorch의 이득을 "방식 기본값" (Glorot 1, Kaiming √2), "활성화</translation>
    </message>
    <message>
        <source>activation" (calculate_gain: tanh 5/3, ReLU √2, SELU 3/4) or a fixed value; the caption and the</source>
        <translation>함수 기준" (calculate_gain: tanh 5/3, ReLU √2, SELU 3/4) 또는 고정값으로 정한다; 설명과</translation>
    </message>
    <message>
        <source>init-scheme table give the effective std, gain and formula. "Xavier" here is N(0, 1/d_in),</source>
        <translation>init-scheme 표에 실제 표준편차, 이득, 식이 있다. 여기서 "Xavier"는 N(0, 1/d_in),</translation>
    </message>
    <message>
        <source>i.e. LeCun normal.</source>
        <translation>즉 LeCun 정규분포다.</translation>
    </message>
    <message>
        <source>• A bias of 0.01 does not cure dead ReLUs: ≈ 50 % of the outputs are 0 with bias 0 and with 0.01</source>
        <translation>• 편향 0.01은 죽은 ReLU를 고치지 못한다: 편향 0에서도 0.01에서도 출력의 ≈ 50 %가 0이다</translation>
    </message>
    <message>
        <source>(preset "Dead ReLU: bias 0 vs 0.01"). SELU + LeCun normal keeps mean 0 and std 1 through 30 layers.</source>
        <translation>(프리셋 "죽은 ReLU: 편향 0 대 0.01"). SELU + LeCun 정규분포는 30개 층 내내 평균 0, 표준편차 1을 유지한다.</translation>
    </message>
    <message>
        <source>• Conv layers: the fan-in is d_in = F²·C (kernel area × input channels); see the layer calculator</source>
        <translation>• Conv 층: fan-in은 d_in = F²·C (커널 넓이 × 입력 채널 수); 층 계산기를 보라</translation>
    </message>
    <message>
        <source>(pooling 32×32×3, 2×2, stride 2 → 16×16×3 with 0 parameters; exported as layer-calculator.csv).</source>
        <translation>(풀링 32×32×3, 2×2, stride 2 → 16×16×3, 파라미터 0개; layer-calculator.csv로 내보냄).</translation>
    </message>
    <message>
        <source>Same Glorot weights for all: ReLU reaches the target loss in the fewest steps, sigmoid barely moves (read the steps, not a factor).</source>
        <translation>모두 같은 Glorot 가중치: ReLU가 가장 적은 스텝으로 목표 손실에 닿고, sigmoid는 거의 움직이지 않는다 (배율이 아니라 스텝 수를 읽어라).</translation>
    </message>
    <message>
        <source>The same points shifted to be all positive train more slowly: every first-layer weight of a unit gets a gradient of the same sign.</source>
        <translation>같은 점들을 모두 양수가 되도록 옮기면 더 느리게 학습한다: 한 유닛의 첫 층 가중치는 모두 같은 부호의 기울기를 받는다.</translation>
    </message>
    <message>
        <source>W = 0.01·N(0,1) on a 4-layer net: the loss stays at chance (ln 3 = 1.10) while Glorot/Xavier and Kaiming/He train.</source>
        <translation>4층 신경망에 W = 0.01·N(0,1): 손실은 무작위 수준 (ln 3 = 1.10)에 머물고, Glorot/Xavier와 Kaiming/He는 학습한다.</translation>
    </message>
    <message>
        <source>all-positive</source>
        <translation>모두 양수</translation>
    </message>
    <message>
        <source>zero-centred</source>
        <translation>0 중심</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>two moons</source>
        <translation>두 개의 반달</translation>
    </message>
    <message>
        <source>XOR blobs</source>
        <translation>XOR 덩어리</translation>
    </message>
    <message>
        <source>spiral (3 classes)</source>
        <translation>나선 (3 클래스)</translation>
    </message>
    <message>
        <source>points per class</source>
        <translation>클래스당 점 수</translation>
    </message>
    <message>
        <source>units per layer</source>
        <translation>층당 유닛 수</translation>
    </message>
    <message>
        <source>target loss</source>
        <translation>목표 손실</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sigmoid kills gradients: σ′ ≤ 0.25, so E[f′]ⁿ ≤ 0.25ⁿ</source>
        <translation>Sigmoid는 기울기를 죽인다: σ′ ≤ 0.25, 그래서 E[f′]ⁿ ≤ 0.25ⁿ</translation>
    </message>
    <message>
        <source>Sigmoid is not zero-centred: mean 0.5 (tanh: 0)</source>
        <translation>Sigmoid는 0 중심이 아니다: 평균 0.5 (tanh: 0)</translation>
    </message>
    <message>
        <source>Dead ReLU: f′ = 0 for 99.9 % of inputs (μ = −3)</source>
        <translation>죽은 ReLU: 입력의 99.9 %에서 f′ = 0 (μ = −3)</translation>
    </message>
    <message>
        <source>Leaky ReLU: f′ = 0.01, never 0, so nothing is dead</source>
        <translation>Leaky ReLU: f′ = 0.01, 0이 되지 않아 죽는 유닛이 없다</translation>
    </message>
    <message>
        <source>ELU: mean 0.1605 vs ReLU 0.399 for z ~ N(0, 1)</source>
        <translation>ELU: z ~ N(0, 1)일 때 평균 0.1605 (ReLU 0.399)</translation>
    </message>
    <message>
        <source>tanh saturates: tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4</source>
        <translation>tanh도 포화된다: tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4</translation>
    </message>
    <message>
        <source>GELU = x·Φ(x): minimum −0.16997 at x ≈ −0.752</source>
        <translation>GELU = x·Φ(x): x ≈ −0.752에서 최솟값 −0.16997</translation>
    </message>
    <message>
        <source>Noise at μ = −6: ELU spread 1.5e-3, Leaky ReLU 5.0e-3</source>
        <translation>μ = −6의 잡음: ELU 퍼짐 1.5e-3, Leaky ReLU 5.0e-3</translation>
    </message>
    <message>
        <source>Batch 32 softens the zig-zag: 100 % → 10 % ↗/↙ steps</source>
        <translation>배치 32는 지그재그를 누그러뜨린다: ↗/↙ 스텝 100 % → 10 %</translation>
    </message>
    <message>
        <source>W = 0.01·N(0, 1): std × 0.22 a layer, gradients vanish</source>
        <translation>W = 0.01·N(0, 1): 층마다 표준편차 × 0.22, 기울기 소실</translation>
    </message>
    <message>
        <source>W = 1.0·N(0, 1): ~92 % of tanh units saturate at ±1</source>
        <translation>W = 1.0·N(0, 1): tanh 유닛의 ~92 %가 ±1에서 포화</translation>
    </message>
    <message>
        <source>W = 0.5·N(0, 1): still ~85 % of tanh units saturate</source>
        <translation>W = 0.5·N(0, 1): 여전히 tanh 유닛의 ~85 %가 포화</translation>
    </message>
    <message>
        <source>Xavier + tanh: std 0.628, 0.486, 0.407, … a slow decline</source>
        <translation>Xavier + tanh: 표준편차 0.628, 0.486, 0.407, … 완만한 감소</translation>
    </message>
    <message>
        <source>Xavier + ReLU: std × 1/√2 a layer (0.584, 0.414, 0.295, …)</source>
        <translation>Xavier + ReLU: 층마다 표준편차 × 1/√2 (0.584, 0.414, 0.295, …)</translation>
    </message>
    <message>
        <source>Kaiming + ReLU keeps the scale: std 0.8256 at layer 1</source>
        <translation>Kaiming + ReLU는 크기를 유지한다: 1층 표준편차 0.8256</translation>
    </message>
    <message>
        <source>Bias 0.01 does not cure dead ReLU: ≈ 50 % zeros either way</source>
        <translation>편향 0.01로 죽은 ReLU는 낫지 않는다: 어느 쪽이든 ≈ 50 %가 0</translation>
    </message>
    <message>
        <source>SELU self-normalizes: mean ≈ 0, std ≈ 1 through 30 layers</source>
        <translation>SELU는 스스로 정규화한다: 30층 내내 평균 ≈ 0, 표준편차 ≈ 1</translation>
    </message>
    <message>
        <source>Conv layers: Kaiming with fan-in d_in = F²·C = 144</source>
        <translation>합성곱 층: fan-in d_in = F²·C = 144로 Kaiming</translation>
    </message>
    <message>
        <source>2×2 max pool: 32×32×3 → 16×16×3, 0 parameters</source>
        <translation>2×2 최대 풀링: 32×32×3 → 16×16×3, 파라미터 0개</translation>
    </message>
    <message>
        <source>Flips and crops: the cheapest label-keeping invariances</source>
        <translation>뒤집기와 자르기: 레이블을 지키는 가장 값싼 불변성</translation>
    </message>
    <message>
        <source>ResNet: resize to L ∈ [256, 480], 224×224 crop, flip</source>
        <translation>ResNet: L ∈ [256, 480]로 크기 조정, 224×224 자르기, 뒤집기</translation>
    </message>
    <message>
        <source>AlexNet: 224×224 crops, flips, colour noise α ~ N(0, 0.1)</source>
        <translation>AlexNet: 224×224 자르기, 뒤집기, 색 잡음 α ~ N(0, 0.1)</translation>
    </message>
    <message>
        <source>Colour jitter in HSL: hue, saturation and lightness vary</source>
        <translation>HSL 색 지터: 색상, 채도, 밝기가 바뀐다</translation>
    </message>
    <message>
        <source>Translate, rotate, stretch, shear: the label stays the label</source>
        <translation>이동, 회전, 늘이기, 기울이기: 레이블은 그대로다</translation>
    </message>
    <message>
        <source>Cutout: no single part of the object may decide</source>
        <translation>Cutout: 물체의 한 부분에만 기대면 안 된다</translation>
    </message>
    <message>
        <source>Noise and filters: robust to sensor noise and blur</source>
        <translation>잡음과 필터: 센서 잡음과 흐림에 강해진다</translation>
    </message>
    <message>
        <source>MixUp / CutMix mix the labels along with the images</source>
        <translation>MixUp / CutMix는 이미지와 함께 레이블도 섞는다</translation>
    </message>
    <message>
        <source>Grayscale = 0.299 R + 0.587 G + 0.114 B (BT.601)</source>
        <translation>흑백 = 0.299 R + 0.587 G + 0.114 B (BT.601)</translation>
    </message>
    <message>
        <source>Test time: short side 256, then the 224×224 centre crop</source>
        <translation>테스트 시: 짧은 변 256, 그다음 가운데 224×224 자르기</translation>
    </message>
    <message>
        <source>Test time: ten 224×224 crops, predictions averaged</source>
        <translation>테스트 시: 224×224 자르기 10개, 예측을 평균</translation>
    </message>
    <message>
        <source>Centre, decorrelate, whiten: covariance Σ → Λ → I</source>
        <translation>0 중심화, 비상관화, 화이트닝: 공분산 Σ → Λ → I</translation>
    </message>
    <message>
        <source>Divide by the std: hPa and °C on an equal footing</source>
        <translation>표준편차로 나누면 hPa와 °C가 같은 조건이 된다</translation>
    </message>
    <message>
        <source>Zero-centring moves all-positive data around the origin</source>
        <translation>0 중심화는 모두 양수인 데이터를 원점 둘레로 옮긴다</translation>
    </message>
    <message>
        <source>One outlier pulls the mean and tilts the principal axes</source>
        <translation>이상치 하나가 평균을 끌고 주축을 기울인다</translation>
    </message>
    <message>
        <source>λ₂ ≈ 0: ε = 0.01 caps the whitening gain at 1/√ε = 10</source>
        <translation>λ₂ ≈ 0: ε = 0.01이 화이트닝 배율을 1/√ε = 10으로 제한</translation>
    </message>
    <message>
        <source>Worked Σ: λ = 3.80278, 0.19722, PC1 at 28.155°</source>
        <translation>풀이 예제 Σ: λ = 3.80278, 0.19722, PC1은 28.155°</translation>
    </message>
    <message>
        <source>Tilt w by 5°: far fewer centred points flip class</source>
        <translation>w를 5° 기울이면: 0 중심 점은 훨씬 적게 클래스가 바뀐다</translation>
    </message>
    <message>
        <source>Training statistics only: test data get the same transform</source>
        <translation>학습 통계만: 테스트 데이터도 같은 변환을 받는다</translation>
    </message>
    <message>
        <source>192-D patches: k = 3 keeps 90 % of the variance</source>
        <translation>192차원 패치: k = 3으로 분산의 90 % 유지</translation>
    </message>
    <message>
        <source>Small init W = 0.01·N(0, 1): the loss stays at chance</source>
        <translation>작은 초기화 W = 0.01·N(0, 1): 손실이 무작위 수준에 머문다</translation>
    </message>
    <message>
        <source>Same weights: ReLU trains fastest, sigmoid barely moves</source>
        <translation>같은 가중치: ReLU가 가장 빨리 학습, sigmoid는 거의 못 움직인다</translation>
    </message>
    <message>
        <source>All-positive inputs train slower than zero-centred ones</source>
        <translation>모두 양수인 입력은 0 중심 입력보다 느리게 학습한다</translation>
    </message>
    <message>
        <source>§0 Review</source>
        <translation>§0 복습</translation>
    </message>
    <message>
        <source>§1 Activation functions</source>
        <translation>§1 활성화 함수</translation>
    </message>
    <message>
        <source>§2 Data preprocessing</source>
        <translation>§2 데이터 전처리</translation>
    </message>
    <message>
        <source>§3 Data augmentation</source>
        <translation>§3 데이터 증강</translation>
    </message>
    <message>
        <source>§4 Weight initialization</source>
        <translation>§4 가중치 초기화</translation>
    </message>
    <message>
        <source>§5 Answers from the Q&amp;A</source>
        <translation>§5 질의응답</translation>
    </message>
    <message>
        <source>Conv layers: fan-in is F²·C</source>
        <translation>Conv 층: fan-in은 F²·C</translation>
    </message>
    <message>
        <source>For a conv layer Xavier and Kaiming use d_in = F²·C (kernel area × input channels). Read the layer calculator: output width (W − F + 2P)/S + 1 and parameters (F·F·C_in + 1)·K.</source>
        <translation>conv 층에서 Xavier와 Kaiming은 d_in = F²·C (커널 넓이 × 입력 채널 수)를 쓴다. 층 계산기에서 출력 너비 (W − F + 2P)/S + 1과 파라미터 수 (F·F·C_in + 1)·K를 읽어 보라.</translation>
    </message>
    <message>
        <source>Pooling has no parameters</source>
        <translation>풀링에는 파라미터가 없다</translation>
    </message>
    <message>
        <source>A 2×2 max pool with stride 2 turns 32×32×3 into 16×16×3: resolution and compute shrink, and the parameter count is exactly 0.</source>
        <translation>stride 2인 2×2 max pool은 32×32×3을 16×16×3으로 바꾼다: 해상도와 계산량은 줄고, 파라미터 수는 정확히 0이다.</translation>
    </message>
    <message>
        <source>σ′(x) = σ(x)(1 − σ(x)) peaks at 0.25 at x = 0; read σ′(5) = 6.65e-3 and σ′(10) = 4.54e-5 in the crosshair. Through n layers the gradient shrinks at least like 0.25ⁿ: watch E[f′]ⁿ fall with depth.</source>
        <translation>σ′(x) = σ(x)(1 − σ(x))는 x = 0에서 최댓값 0.25; 십자선으로 σ′(5) = 6.65e-3, σ′(10) = 4.54e-5를 읽어 보라. n개 층을 지나면 기울기는 적어도 0.25ⁿ처럼 줄어든다: 깊이에 따라 E[f′]ⁿ이 떨어지는 것을 보라.</translation>
    </message>
    <message>
        <source>Sigmoid is not zero-centred</source>
        <translation>Sigmoid는 0 중심이 아니다</translation>
    </message>
    <message>
        <source>Outputs lie in (0, 1): E[σ(z)] = 0.5 for z ~ N(0, 1). With all-positive inputs every weight's gradient has the same sign, so updates zig-zag towards the optimum.</source>
        <translation>출력은 (0, 1) 안에 있다: z ~ N(0, 1)이면 E[σ(z)] = 0.5. 입력이 모두 양수면 모든 가중치의 기울기 부호가 같아서, 업데이트가 최적점을 향해 지그재그로 움직인다.</translation>
    </message>
    <message>
        <source>Mini-batches soften the zig-zag</source>
        <translation>미니배치는 지그재그를 누그러뜨린다</translation>
    </message>
    <message>
        <source>Same seed, batch 1 versus 32: averaging the gradients over a batch lets the signs differ between weights, and the path to the optimum straightens.</source>
        <translation>같은 시드, 배치 1 대 32: 배치에 걸쳐 기울기를 평균하면 가중치마다 부호가 달라질 수 있어, 최적점으로 가는 경로가 곧아진다.</translation>
    </message>
    <message>
        <source>tanh: zero-centred, still saturates</source>
        <translation>tanh: 0 중심이지만 여전히 포화</translation>
    </message>
    <message>
        <source>tanh(x) = 2σ(2x) − 1 has range (−1, 1) and is zero-centred, but it saturates too: read tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4.</source>
        <translation>tanh(x) = 2σ(2x) − 1은 범위가 (−1, 1)이고 0 중심이지만, 역시 포화된다: tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4를 읽어 보라.</translation>
    </message>
    <message>
        <source>ReLU and the dead ReLU</source>
        <translation>ReLU와 죽은 ReLU</translation>
    </message>
    <message>
        <source>ReLU does not saturate for x &gt; 0 and is cheap. A unit whose pre-activation is always negative has f′ = 0 everywhere it is used: it never updates. Read the dead fraction in the table.</source>
        <translation>ReLU는 x &gt; 0에서 포화되지 않고 계산이 싸다. 활성화 전 값이 늘 음수인 유닛은 쓰이는 모든 곳에서 f′ = 0이다: 전혀 업데이트되지 않는다. 표에서 죽은 비율을 읽어 보라.</translation>
    </message>
    <message>
        <source>A small bias helps, but does not cure</source>
        <translation>작은 편향은 돕지만 고치지는 못한다</translation>
    </message>
    <message>
        <source>A positive bias of 0.01 moves a few units out of the dead zone: compare the dead fraction with bias 0 and with bias 0.01. Most dead units stay dead.</source>
        <translation>양의 편향 0.01은 몇몇 유닛을 죽은 영역 밖으로 옮긴다: 편향 0과 편향 0.01의 죽은 비율을 비교해 보라. 죽은 유닛 대부분은 그대로 죽어 있다.</translation>
    </message>
    <message>
        <source>Leaky ReLU: no dead units</source>
        <translation>Leaky ReLU: 죽은 유닛이 없다</translation>
    </message>
    <message>
        <source>max(αx, x) with α = 0.01 has f′ = α for x &lt; 0: the gradient never vanishes and no unit dies, at the cost of one more hyperparameter.</source>
        <translation>α = 0.01인 max(αx, x)는 x &lt; 0에서 f′ = α: 기울기가 사라지지 않고 어떤 유닛도 죽지 않는다. 대신 하이퍼파라미터가 하나 늘어난다.</translation>
    </message>
    <message>
        <source>ELU: outputs closer to zero mean</source>
        <translation>ELU: 출력 평균이 0에 더 가깝다</translation>
    </message>
    <message>
        <source>ELU is x for x &gt; 0 and α(eˣ − 1) otherwise. For z ~ N(0, 1) read mean 0.1605 and std 0.7869 (ReLU: mean 0.399).</source>
        <translation>ELU는 x &gt; 0이면 x, 아니면 α(eˣ − 1). z ~ N(0, 1)이면 평균 0.1605, 표준편차 0.7869를 읽어 보라 (ReLU: 평균 0.399).</translation>
    </message>
    <message>
        <source>ELU's negative saturation resists noise</source>
        <translation>ELU의 음수 쪽 포화는 잡음에 강하다</translation>
    </message>
    <message>
        <source>For noisy negative inputs ELU's output flattens near −α, so its spread stays small; Leaky ReLU passes the noise on, scaled by its slope. Compare the two output spreads.</source>
        <translation>잡음 섞인 음수 입력에서 ELU의 출력은 −α 근처에서 평평해져 퍼짐이 작게 유지된다; Leaky ReLU는 잡음을 기울기만큼 줄여 그대로 전달한다. 두 출력의 퍼짐을 비교해 보라.</translation>
    </message>
    <message>
        <source>GELU is smooth and dips below zero: its minimum is −0.16997 at x ≈ −0.752 (move the crosshair there). SELU, SiLU, Softplus and Mish are in the list too.</source>
        <translation>GELU는 매끄럽고 0 아래로 살짝 내려간다: 최솟값은 x ≈ −0.752에서 −0.16997 (십자선을 그리로 옮겨 보라). SELU, SiLU, Softplus, Mish도 목록에 있다.</translation>
    </message>
    <message>
        <source>SELU self-normalizes</source>
        <translation>SELU는 스스로 정규화한다</translation>
    </message>
    <message>
        <source>SELU (λ = 1.0507, α = 1.6733) with LeCun normal weights keeps each layer's mean near 0 and std near 1 through all ten layers.</source>
        <translation>SELU (λ = 1.0507, α = 1.6733)에 LeCun 정규분포 가중치를 쓰면 열 개 층 내내 층마다 평균은 0 근처, 표준편차는 1 근처로 유지된다.</translation>
    </message>
    <message>
        <source>ReLU trains faster</source>
        <translation>ReLU가 더 빨리 학습한다</translation>
    </message>
    <message>
        <source>The same small net and the same weights, trained with each activation: read the steps to the target loss. Sigmoid is slowest; ReLU reaches the target first.</source>
        <translation>같은 작은 신경망, 같은 가중치를 활성화 함수만 바꿔 학습한다: 목표 손실까지의 스텝 수를 읽어 보라. Sigmoid가 가장 느리고 ReLU가 가장 먼저 목표에 닿는다.</translation>
    </message>
    <message>
        <source>Normalization: units differ</source>
        <translation>정규화: 단위가 다르다</translation>
    </message>
    <message>
        <source>Pressure varies by about 25 hPa, temperature by about 6 °C. Dividing by each feature's std puts them on equal footing; without it PCA just finds the pressure axis.</source>
        <translation>기압은 약 25 hPa, 기온은 약 6 °C만큼 변한다. 각 특성을 표준편차로 나누면 같은 조건에 선다; 그러지 않으면 PCA는 기압 축만 찾는다.</translation>
    </message>
    <message>
        <source>Zero-centring</source>
        <translation>0 중심화</translation>
    </message>
    <message>
        <source>All-positive data sit far from the origin. Subtracting the mean moves the cloud onto the origin; its shape, the covariance Σ, does not change.</source>
        <translation>모두 양수인 데이터는 원점에서 멀리 있다. 평균을 빼면 점 구름이 원점으로 옮겨진다; 모양, 즉 공분산 Σ는 바뀌지 않는다.</translation>
    </message>
    <message>
        <source>Centred data make a classifier stable</source>
        <translation>중심화된 데이터는 분류기를 안정시킨다</translation>
    </message>
    <message>
        <source>The same small tilt of w turns the decision line about the origin. Far from the origin the line sweeps through the cloud and many points flip class; centred, only a thin wedge flips. Read the two flip percentages.</source>
        <translation>w를 똑같이 조금 기울이면 결정 직선이 원점을 중심으로 돈다. 원점에서 멀면 직선이 점 구름을 휩쓸고 지나가 많은 점의 클래스가 바뀐다; 중심화하면 얇은 쐐기만 바뀐다. 두 비율을 읽어 보라.</translation>
    </message>
    <message>
        <source>Centred inputs train faster</source>
        <translation>중심화된 입력이 더 빨리 학습한다</translation>
    </message>
    <message>
        <source>The same net and data, once with all-positive inputs and once zero-centred: compare the loss curves and the steps to the target loss.</source>
        <translation>같은 신경망과 데이터를 한 번은 모두 양수인 입력으로, 한 번은 0 중심 입력으로 학습한다: 손실 곡선과 목표 손실까지의 스텝 수를 비교해 보라.</translation>
    </message>
    <message>
        <source>PCA: decorrelate, then whiten</source>
        <translation>PCA: 비상관화한 뒤 화이트닝</translation>
    </message>
    <message>
        <source>Centre, rotate onto the eigenvectors (Σ becomes diagonal = Λ), divide by √(λ + ε) (Σ becomes the identity). Read Σ and λ in each view; the lab divides by N, like the lecture.</source>
        <translation>중심화하고, 고유벡터로 회전하고 (Σ가 대각 행렬 = Λ), √(λ + ε)로 나눈다 (Σ가 단위 행렬). 보기마다 Σ와 λ를 읽어 보라; 이 랩은 강의처럼 N으로 나눈다.</translation>
    </message>
    <message>
        <source>The worked example</source>
        <translation>풀이 예제</translation>
    </message>
    <message>
        <source>These points have exactly Σ = [[3, 1.5], [1.5, 1]] (÷N). Read λ ≈ 3.8 and 0.197 in each view; under the controls, PC1 at 28.155° and λ = 3.8028, 0.19722 (closed form: 3.80278, 0.19722).</source>
        <translation>이 점들은 정확히 Σ = [[3, 1.5], [1.5, 1]] (÷N)이다. 보기마다 λ ≈ 3.8과 0.197을 읽어 보라; 컨트롤 아래에는 PC1 28.155°, λ = 3.8028, 0.19722 (닫힌 식: 3.80278, 0.19722).</translation>
    </message>
    <message>
        <source>Whitening and ε</source>
        <translation>화이트닝과 ε</translation>
    </message>
    <message>
        <source>λ₂ is nearly 0, so 1/√λ₂ would blow noise up: ε caps the gain at 1/√ε. Change ε and watch the whitened view.</source>
        <translation>λ₂가 거의 0이라 1/√λ₂는 잡음을 키운다: ε가 이득을 1/√ε로 제한한다. ε를 바꾸며 화이트닝된 보기를 지켜보라.</translation>
    </message>
    <message>
        <source>One outlier tilts the axes</source>
        <translation>이상치 하나가 축을 기울인다</translation>
    </message>
    <message>
        <source>One far point pulls the mean and tilts the principal axes; Σ grows. Drag it in the original view and watch PC1 turn.</source>
        <translation>멀리 떨어진 점 하나가 평균을 끌어당기고 주축을 기울인다; Σ는 커진다. 원본 보기에서 그 점을 끌며 PC1이 도는 것을 지켜보라.</translation>
    </message>
    <message>
        <source>Flips and crops</source>
        <translation>뒤집기와 자르기</translation>
    </message>
    <message>
        <source>The cheapest invariances: every sample keeps the original's label. Vertical flips only make sense when upside-down photos can occur.</source>
        <translation>가장 싼 불변성: 모든 표본이 원본의 레이블을 유지한다. 상하 뒤집기는 거꾸로 된 사진이 나올 수 있을 때만 의미가 있다.</translation>
    </message>
    <message>
        <source>ResNet's recipe</source>
        <translation>ResNet의 방법</translation>
    </message>
    <message>
        <source>Resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip. Hover a sample for the L and crop position it drew.</source>
        <translation>짧은 변을 L ∈ [256, 480]으로 조정하고, 무작위 224×224로 자르고, 뒤집는다. 표본 위에 마우스를 올리면 추출된 L과 자르기 위치가 보인다.</translation>
    </message>
    <message>
        <source>AlexNet and fancy PCA</source>
        <translation>AlexNet과 fancy PCA</translation>
    </message>
    <message>
        <source>224×224 crops of 256×256 images, flips, and colour noise α ~ N(0, 0.1) along the RGB principal components.</source>
        <translation>256×256 이미지에서 224×224 자르기, 뒤집기, 그리고 RGB 주성분 방향의 색 잡음 α ~ N(0, 0.1).</translation>
    </message>
    <message>
        <source>Colour jitter in HSL</source>
        <translation>HSL 색 지터</translation>
    </message>
    <message>
        <source>Hue rotates (degrees), saturation scales, lightness shifts: HSL, as in a paint program. Libraries differ (HSV, blending); the step's help gives the formulas.</source>
        <translation>색상은 회전 (도), 채도는 배율, 명도는 이동: 그림판처럼 HSL. 라이브러리마다 다르다 (HSV, 혼합); 식은 각 단계의 도움말에 있다.</translation>
    </message>
    <message>
        <source>Translate, rotate, stretch, shear</source>
        <translation>이동, 회전, 늘이기, 기울이기</translation>
    </message>
    <message>
        <source>One affine warp per sample; the label stays the label.</source>
        <translation>표본마다 아핀 변환 하나; 레이블은 그대로다.</translation>
    </message>
    <message>
        <source>Random blocking (cutout)</source>
        <translation>무작위 가리기 (cutout)</translation>
    </message>
    <message>
        <source>Erased boxes force the model not to rely on one part of the object.</source>
        <translation>지운 상자 때문에 모델은 물체의 한 부분에만 의존할 수 없다.</translation>
    </message>
    <message>
        <source>Noise and filters</source>
        <translation>잡음과 필터</translation>
    </message>
    <message>
        <source>Added noise and blur: robustness to sensor noise and focus.</source>
        <translation>잡음과 흐림 추가: 센서 잡음과 초점에 강해진다.</translation>
    </message>
    <message>
        <source>Mixing two images</source>
        <translation>두 이미지 섞기</translation>
    </message>
    <message>
        <source>MixUp blends two photos, CutMix pastes a box: the labels mix by the same weights (read them under each sample).</source>
        <translation>MixUp은 두 사진을 섞고, CutMix는 상자 하나를 붙인다: 레이블도 같은 가중치로 섞인다 (각 표본 아래에서 읽어 보라).</translation>
    </message>
    <message>
        <source>Test images are resized too</source>
        <translation>테스트 이미지도 크기를 조정한다</translation>
    </message>
    <message>
        <source>At test time there is nothing random: resize the short side to 256, take the 224×224 centre. Every sample is the same image.</source>
        <translation>테스트 때는 무작위가 없다: 짧은 변을 256으로 조정하고 가운데 224×224를 취한다. 모든 표본이 같은 이미지다.</translation>
    </message>
    <message>
        <source>10-crop testing</source>
        <translation>10-crop 테스트</translation>
    </message>
    <message>
        <source>AlexNet and ResNet average the predictions over ten 224×224 crops: four corners and the centre, and the same five of the mirrored image (samples 1–10).</source>
        <translation>AlexNet과 ResNet은 224×224 자르기 10개의 예측을 평균한다: 네 모서리와 가운데, 그리고 좌우 반전한 이미지의 같은 다섯 곳 (표본 1–10).</translation>
    </message>
    <message>
        <source>Small weights: activations collapse</source>
        <translation>작은 가중치: 활성값이 무너진다</translation>
    </message>
    <message>
        <source>W = 0.01·N(0, 1), tanh: each layer multiplies the std by about √500·0.01 = 0.224. Read 0.2135, 0.0476, 0.0106, … down to ~0 by layer 10: the gradients vanish.</source>
        <translation>W = 0.01·N(0, 1), tanh: 층마다 표준편차가 약 √500·0.01 = 0.224배가 된다. 0.2135, 0.0476, 0.0106, …, 10층에서 ~0까지 읽어 보라: 기울기가 사라진다.</translation>
    </message>
    <message>
        <source>Small init does not learn</source>
        <translation>작은 초기화는 학습하지 못한다</translation>
    </message>
    <message>
        <source>A deep net started from 0.01·N(0, 1) keeps a flat loss, while Xavier and Kaiming start learning at once. Compare the loss curves.</source>
        <translation>0.01·N(0, 1)에서 시작한 깊은 신경망은 손실이 평평하게 머물지만, Xavier와 Kaiming은 곧바로 학습을 시작한다. 손실 곡선을 비교해 보라.</translation>
    </message>
    <message>
        <source>Large weights: tanh saturates</source>
        <translation>큰 가중치: tanh가 포화된다</translation>
    </message>
    <message>
        <source>W = N(0, 1), tanh: nearly every unit sits at ±1 (std ≈ 0.98 in every layer, about 92 % with |h| &gt; 0.97). The local gradients are ~0, so nothing learns.</source>
        <translation>W = N(0, 1), tanh: 거의 모든 유닛이 ±1에 머문다 (모든 층에서 표준편차 ≈ 0.98, 약 92 %가 |h| &gt; 0.97). 국소 기울기가 ~0이라 아무것도 학습되지 않는다.</translation>
    </message>
    <message>
        <source>Large Gaussian at σ = 0.5</source>
        <translation>σ = 0.5인 큰 가우시안</translation>
    </message>
    <message>
        <source>The Korean notes use σ = 0.5: the units still pile up at ±1 and the gradients vanish.</source>
        <translation>한국어 강의 노트는 σ = 0.5를 쓴다: 그래도 유닛이 ±1에 몰리고 기울기가 사라진다.</translation>
    </message>
    <message>
        <source>Xavier: the scale holds</source>
        <translation>Xavier: 크기가 유지된다</translation>
    </message>
    <message>
        <source>W = N(0, 1)/√d_in, tanh: read the stds 0.628, 0.486, 0.407, … 0.228 (layer 1 analytic 0.62793).</source>
        <translation>W = N(0, 1)/√d_in, tanh: 표준편차 0.628, 0.486, 0.407, … 0.228을 읽어 보라 (1층 해석값 0.62793).</translation>
    </message>
    <message>
        <source>Xavier with ReLU halves the variance</source>
        <translation>ReLU에 Xavier를 쓰면 분산이 절반이 된다</translation>
    </message>
    <message>
        <source>ReLU zeroes half the units: layer 1 mean 0.3989, std 0.5838, then the std shrinks by 1/√2 a layer (0.414, 0.295, 0.208, …).</source>
        <translation>ReLU는 유닛의 절반을 0으로 만든다: 1층 평균 0.3989, 표준편차 0.5838, 그 뒤로 표준편차가 층마다 1/√2배로 줄어든다 (0.414, 0.295, 0.208, …).</translation>
    </message>
    <message>
        <source>Kaiming / MSRA keeps it</source>
        <translation>Kaiming / MSRA는 크기를 유지한다</translation>
    </message>
    <message>
        <source>W = N(0, 1)·√(2/d_in): layer 1 mean 0.5642 (1/√π), std 0.8256, exactly half the units zero; the scale stays roughly constant with depth (seeds vary).</source>
        <translation>W = N(0, 1)·√(2/d_in): 1층 평균 0.5642 (1/√π), 표준편차 0.8256, 유닛의 정확히 절반이 0; 깊어져도 크기가 대체로 일정하다 (시드마다 다르다).</translation>
    </message>
    <message>
        <source>Statistics come from training data only</source>
        <translation>통계는 학습 데이터에서만 구한다</translation>
    </message>
    <message>
        <source>Half the points are held out. The mean, std and PCA come from the training points; the test points get the same transform and are only approximately white.</source>
        <translation>점의 절반은 보류한다. 평균, 표준편차, PCA는 학습 점에서 구한다; 테스트 점은 같은 변환을 받아 근사적으로만 화이트닝된다.</translation>
    </message>
    <message>
        <source>Grayscale when colour barely matters</source>
        <translation>색이 거의 중요하지 않을 때는 흑백</translation>
    </message>
    <message>
        <source>A weighted sum 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the samples: the input shrinks to one channel and colour can no longer be a shortcut.</source>
        <translation>표본의 약 절반에서 모든 채널을 가중합 0.299 R + 0.587 G + 0.114 B (BT.601)로 바꾼다: 입력이 한 채널로 줄고, 색은 더 이상 지름길이 될 수 없다.</translation>
    </message>
    <message>
        <source>PCA loses some information</source>
        <translation>PCA는 정보를 일부 잃는다</translation>
    </message>
    <message>
        <source>8×8 colour patches have 192 dimensions. Read how many components keep 90 %, 95 % and 99 % of the variance: how much is lost depends on how fast the eigenvalues fall.</source>
        <translation>8×8 컬러 패치는 192차원이다. 분산의 90 %, 95 %, 99 %를 남기는 데 성분이 몇 개 필요한지 읽어 보라: 얼마나 잃는지는 고유값이 얼마나 빨리 줄어드는지에 달려 있다.</translation>
    </message>
    <message>
        <source>NN Training Lab</source>
        <translation>NN Training Lab</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Could not restart: please start NN Training Lab again</source>
        <translation>다시 시작하지 못했습니다: NN Training Lab을 다시 실행하세요</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>모든 그림</translation>
    </message>
    <message>
        <source>Which of the panel's figures to export</source>
        <translation>패널의 어느 그림을 내보낼지</translation>
    </message>
    <message>
        <source>Raster image; the DPI is written into the file</source>
        <translation>래스터 이미지; DPI가 파일에 기록됨</translation>
    </message>
    <message>
        <source>Vector image; text stays editable text</source>
        <translation>벡터 이미지; 글자는 편집 가능한 텍스트로 남음</translation>
    </message>
    <message>
        <source>Vector page of exactly the chosen size; text stays text</source>
        <translation>고른 크기 그대로의 벡터 페이지; 글자는 텍스트로 남음</translation>
    </message>
    <message>
        <source>The numbers behind the plot, as tidy CSV</source>
        <translation>그래프 뒤의 수치 (정돈된 CSV)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Slide page presets; Custom takes width and height below</source>
        <translation>슬라이드 페이지 크기; 사용자 지정은 아래의 너비와 높이를 사용</translation>
    </message>
    <message>
        <source>Dots per inch: 150–300 for slides, 300+ for print</source>
        <translation>인치당 점 수: 슬라이드는 150–300, 인쇄는 300 이상</translation>
    </message>
    <message>
        <source>Slide: white, large fonts, thick lines, colour-blind-safe palette</source>
        <translation>슬라이드: 흰 바탕, 큰 글꼴, 굵은 선, 색각 이상에 안전한 색</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>투명 배경</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>쓸 파일</translation>
    </message>
    <message>
        <source>rendering preview…</source>
        <translation>미리보기 그리는 중…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Nothing was lost: choose another folder or format and try again.</source>
        <translation>잃은 것은 없습니다: 다른 폴더나 형식을 골라 다시 해 보세요.</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>배치를 초기화했습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open image(s)…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Open photos in the Augmentation panel</source>
        <translation>데이터 증강 패널에서 사진 열기</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>그림 내보내기…</translation>
    </message>
    <message>
        <source>Export the current panel's figure as PNG/SVG/PDF/CSV</source>
        <translation>현재 패널의 그림을 PNG/SVG/PDF/CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export all figures…</source>
        <translation>모든 그림 내보내기…</translation>
    </message>
    <message>
        <source>Export every panel's figures into one folder</source>
        <translation>모든 패널의 그림을 한 폴더로 내보내기</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>그림 복사</translation>
    </message>
    <message>
        <source>Copy the current panel's slide figure to the clipboard</source>
        <translation>현재 패널의 슬라이드 그림을 클립보드로 복사</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>세션 저장…</translation>
    </message>
    <message>
        <source>Save every panel's parameters and seeds to a JSON file</source>
        <translation>모든 패널의 매개변수와 시드를 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <source>Restore every panel from a session file (undo with Ctrl+Z)</source>
        <translation>세션 파일에서 모든 패널 복원 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Reset panel to defaults</source>
        <translation>패널을 기본값으로</translation>
    </message>
    <message>
        <source>Reset the current panel's parameters (undo with Ctrl+Z)</source>
        <translation>현재 패널의 매개변수를 기본값으로 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>배치 초기화</translation>
    </message>
    <message>
        <source>Dock every panel back in place</source>
        <translation>모든 패널을 제자리에 도킹</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About NN Training Lab</source>
        <translation>NN Training Lab 정보</translation>
    </message>
    <message>
        <source>The Augmentation panel is not available yet</source>
        <translation>데이터 증강 패널은 아직 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Open image(s)</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>내보낸 것이 없습니다</translation>
    </message>
    <message>
        <source>Export all figures into folder</source>
        <translation>모든 그림을 내보낼 폴더</translation>
    </message>
    <message>
        <source>No panel is available yet: nothing to export</source>
        <translation>쓸 수 있는 패널이 아직 없습니다: 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>Exporting figures…</source>
        <translation>그림 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling after the file being written…</source>
        <translation>쓰고 있는 파일을 마친 뒤 취소합니다…</translation>
    </message>
    <message>
        <source>Files written before the failure are complete; nothing else changed.</source>
        <translation>실패 전에 쓴 파일은 온전합니다; 그 밖에는 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard (slide theme, 1600 × 900 px)</source>
        <translation>그림을 클립보드로 복사했습니다 (슬라이드 테마, 1600 × 900 px)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Undo the last reset or session load</source>
        <translation>마지막 초기화나 세션 열기를 되돌리기</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>NN Training Lab session</source>
        <translation>NN Training Lab 세션</translation>
    </message>
    <message>
        <source>Save session failed</source>
        <translation>세션 저장 실패</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Open session failed</source>
        <translation>세션 열기 실패</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Presets: one lecture claim each</source>
        <translation>프리셋: 강의의 주장 하나씩</translation>
    </message>
    <message>
        <source>Input z ~ N(μ, σ²)</source>
        <translation>입력 z ~ N(μ, σ²)</translation>
    </message>
    <message>
        <source>Zig-zag</source>
        <translation>지그재그</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>표본 추출</translation>
    </message>
    <message>
        <source>Presets from the lecture</source>
        <translation>강의의 프리셋</translation>
    </message>
    <message>
        <source>Network and initialization</source>
        <translation>신경망과 초기화</translation>
    </message>
    <message>
        <source>Layer calculator</source>
        <translation>층 계산기</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>표본</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Image patches (beyond 2-D)</source>
        <translation>이미지 패치 (2차원 너머)</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>이미지 추가…</translation>
    </message>
    <message>
        <source>Add photos to the ones in the Augmentation panel</source>
        <translation>데이터 증강 패널의 사진에 사진 추가</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>Full screen, larger fonts and lines, no dock title bars (F11 or Esc leaves)</source>
        <translation>전체 화면, 더 큰 글꼴과 선, 도크 제목 표시줄 없음 (F11이나 Esc로 나감)</translation>
    </message>
    <message>
        <source>Lecture tour</source>
        <translation>강의 투어</translation>
    </message>
    <message>
        <source>Step through the lecture's claims: → / Page Down next, ← / Page Up back</source>
        <translation>강의의 주장을 차례로: → / Page Down 다음, ← / Page Up 이전</translation>
    </message>
    <message>
        <source>Show or hide the notes beside the plots (they follow the panel and preset)</source>
        <translation>그래프 옆의 설명 보이기/숨기기 (패널과 프리셋을 따라감)</translation>
    </message>
    <message>
        <source>Previous step (← or Page Up)</source>
        <translation>이전 단계 (← 또는 Page Up)</translation>
    </message>
    <message>
        <source>Next step (→ or Page Down)</source>
        <translation>다음 단계 (→ 또는 Page Down)</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>투어 끝내기</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>단계로 건너뛰기</translation>
    </message>
    <message>
        <source>No lecture tour for the panels of this build</source>
        <translation>이 빌드의 패널에는 강의 투어가 없습니다</translation>
    </message>
    <message>
        <source>Lecture tour ended</source>
        <translation>강의 투어를 마쳤습니다</translation>
    </message>
    <message>
        <source>Stages: the chain; Top-k: projection onto PC1; Image patches: 8×8 RGB patches (192-D); Decision line: a tilt of w flips off-centre points, not centred ones</source>
        <translation>단계별: 변환의 연쇄; 상위 k: PC1로 사영; 이미지 패치: 8×8 RGB 패치 (192차원); 결정 직선: w를 기울이면 중심화 전의 점은 클래스가 바뀌고 중심화된 점은 그대로</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Output distribution, gradient through depth and zig-zag side by side</source>
        <translation>출력 분포, 깊이에 따른 기울기, 지그재그를 나란히</translation>
    </message>
    <message>
        <source>The distribution of f(z) for z ~ N(μ, σ²)</source>
        <translation>z ~ N(μ, σ²)일 때 f(z)의 분포</translation>
    </message>
    <message>
        <source>The gradient factor E[f′]ⁿ kept after n layers</source>
        <translation>n개 층을 지난 뒤 남는 기울기 배율 E[f′]ⁿ</translation>
    </message>
    <message>
        <source>SGD on two weights with all-positive inputs</source>
        <translation>모두 양수인 입력에서 두 가중치의 SGD</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Mean, std, E[f′], saturated and dead fractions, cost</source>
        <translation>평균, 표준편차, E[f′], 포화 및 죽은 비율, 비용</translation>
    </message>
    <message>
        <source>How much input noise reaches the output: ELU vs Leaky ReLU</source>
        <translation>입력 잡음이 출력에 얼마나 전해지는가: ELU 대 Leaky ReLU</translation>
    </message>
    <message>
        <source>e.g. 0, 3, 5</source>
        <translation>예: 0, 3, 5</translation>
    </message>
    <message>
        <source>Move the mouse over the curves for x, f(x), f′(x).</source>
        <translation>곡선 위로 마우스를 움직이면 x, f(x), f′(x)를 보여준다.</translation>
    </message>
    <message>
        <source>Statistics of f(z) for z ~ N(μ, σ²). method: closed form (ReLU family, ELU, SELU) or composite Gauss–Legendre quadrature (others). cost: measured NumPy time per element vs ReLU.</source>
        <translation>z ~ N(μ, σ²)일 때 f(z)의 통계. 방법: 닫힌 형태 (ReLU 계열, ELU, SELU) 또는 복합 Gauss–Legendre 구적법 (그 밖). 비용: 원소당 NumPy 측정 시간, ReLU 대비.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>함수</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>죽음</translation>
    </message>
    <message>
        <source>cost ×ReLU</source>
        <translation>비용 ×ReLU</translation>
    </message>
    <message>
        <source>method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>closed form</source>
        <translation>닫힌 형태</translation>
    </message>
    <message>
        <source>quadrature</source>
        <translation>구적법</translation>
    </message>
    <message>
        <source>quadrature (computing)</source>
        <translation>구적법 (계산 중)</translation>
    </message>
    <message>
        <source>measured shortly after start-up</source>
        <translation>시작 직후에 측정</translation>
    </message>
    <message>
        <source>Depth view: E[f′]ⁿ for independent inputs at every layer. Cost: NumPy time per element on this machine, measured once per session, relative to ReLU.</source>
        <translation>깊이 보기: 층마다 독립인 입력에 대한 E[f′]ⁿ. 비용: 이 컴퓨터에서 원소당 NumPy 시간, 세션마다 한 번 측정, ReLU 대비.</translation>
    </message>
    <message>
        <source>Fixed seed</source>
        <translation>시드 고정</translation>
    </message>
    <message>
        <source>On: edits re-sample with the same seed, so you see only the edit's effect.
Off: every edit also draws a new seed.</source>
        <translation>켜짐: 편집하면 같은 시드로 다시 추출하므로 편집의 효과만 보인다.
꺼짐: 편집할 때마다 새 시드도 뽑는다.</translation>
    </message>
    <message>
        <source>Reroll</source>
        <translation>다시 뽑기</translation>
    </message>
    <message>
        <source>Draw a new seed (R)</source>
        <translation>새 시드 뽑기 (R)</translation>
    </message>
    <message>
        <source>Selected sample's parameters</source>
        <translation>선택한 표본의 매개변수</translation>
    </message>
    <message>
        <source>Loading images…</source>
        <translation>이미지 불러오는 중…</translation>
    </message>
    <message>
        <source>The loaded images; select one to make it the original. The last n are held out.</source>
        <translation>불러온 이미지; 하나를 고르면 원본이 된다. 마지막 n장은 보류 (테스트용).</translation>
    </message>
    <message>
        <source>Loaded images</source>
        <translation>불러온 이미지</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open image files (or drop files / a folder anywhere on this panel; Ctrl+V pastes)</source>
        <translation>이미지 파일 열기 (또는 이 패널 아무 곳에나 파일/폴더를 끌어 놓기; Ctrl+V로 붙여넣기)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add image files to the ones loaded (or drop with Ctrl held)</source>
        <translation>불러온 이미지에 이미지 파일 추가 (또는 Ctrl을 누른 채 끌어 놓기)</translation>
    </message>
    <message>
        <source>Sample photos</source>
        <translation>예시 사진</translation>
    </message>
    <message>
        <source>Go back to the bundled sample photos (public domain / CC0)</source>
        <translation>함께 제공된 예시 사진으로 돌아가기 (퍼블릭 도메인 / CC0)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected image from the list (Undo remove puts it back)</source>
        <translation>선택한 이미지를 목록에서 제거 (제거 취소로 되돌림)</translation>
    </message>
    <message>
        <source>Move the selected image up (the last images are held out)</source>
        <translation>선택한 이미지를 위로 (마지막 이미지들은 보류)</translation>
    </message>
    <message>
        <source>Move the selected image down (the last images are held out)</source>
        <translation>선택한 이미지를 아래로 (마지막 이미지들은 보류)</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>제거 취소</translation>
    </message>
    <message>
        <source>Put the last removed image back where it was</source>
        <translation>마지막으로 제거한 이미지를 제자리에 되돌리기</translation>
    </message>
    <message>
        <source>Drop images or a folder here (Ctrl: add) · Ctrl+V pastes</source>
        <translation>여기에 이미지나 폴더를 끌어 놓기 (Ctrl: 추가) · Ctrl+V로 붙여넣기</translation>
    </message>
    <message>
        <source>Drop images or a folder here</source>
        <translation>여기에 이미지나 폴더를 끌어 놓기</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>건너뜀:</translation>
    </message>
    <message>
        <source>Augmented samples</source>
        <translation>증강된 표본</translation>
    </message>
    <message>
        <source>Add image(s)</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file</source>
        <translation>클립보드에 이미지나 이미지 파일이 없습니다</translation>
    </message>
    <message>
        <source>Load a preset pipeline in one click; any edit turns it into a custom pipeline</source>
        <translation>프리셋 파이프라인을 한 번에 불러오기; 편집하면 사용자 정의 파이프라인이 된다</translation>
    </message>
    <message>
        <source>Pipeline preset</source>
        <translation>파이프라인 프리셋</translation>
    </message>
    <message>
        <source>Steps run top to bottom. Drag to reorder, tick to enable, select to edit.</source>
        <translation>단계는 위에서 아래로 실행된다. 끌어서 순서 바꾸기, 체크해서 켜기, 선택해서 편집.</translation>
    </message>
    <message>
        <source>Pipeline steps</source>
        <translation>파이프라인 단계</translation>
    </message>
    <message>
        <source>Kind of step to add</source>
        <translation>추가할 단계의 종류</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Append a step of the chosen kind</source>
        <translation>고른 종류의 단계를 끝에 추가</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>선택한 단계 제거 (Delete)</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>선택한 단계를 위로 (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>선택한 단계를 아래로 (Alt+Down)</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>JSON 저장…</translation>
    </message>
    <message>
        <source>Save the pipeline as a JSON file</source>
        <translation>파이프라인을 JSON 파일로 저장</translation>
    </message>
    <message>
        <source>Load JSON…</source>
        <translation>JSON 불러오기…</translation>
    </message>
    <message>
        <source>Load a pipeline from a JSON file</source>
        <translation>JSON 파일에서 파이프라인 불러오기</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Step: select one to edit it</source>
        <translation>단계: 편집할 단계를 고르세요</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Probability that this step runs on a sample</source>
        <translation>이 단계가 표본에 적용될 확률</translation>
    </message>
    <message>
        <source>Save pipeline</source>
        <translation>파이프라인 저장</translation>
    </message>
    <message>
        <source>Load pipeline</source>
        <translation>파이프라인 불러오기</translation>
    </message>
    <message>
        <source>Pipeline JSON (*.json)</source>
        <translation>파이프라인 JSON (*.json)</translation>
    </message>
    <message>
        <source>empty pipeline</source>
        <translation>빈 파이프라인</translation>
    </message>
    <message>
        <source> · held out</source>
        <translation> · 보류</translation>
    </message>
    <message>
        <source> · mixed</source>
        <translation> · 섞임</translation>
    </message>
    <message>
        <source>Loaded 1 image</source>
        <translation>이미지 1장을 불러왔습니다</translation>
    </message>
    <message>
        <source>A Pillow filter with a random strength.</source>
        <translation>무작위 세기의 Pillow 필터.</translation>
    </message>
    <message>
        <source>A uniformly placed crop of fixed size (clamped to the image).</source>
        <translation>고정 크기의 자르기를 균등하게 배치 (이미지 안으로 제한).</translation>
    </message>
    <message>
        <source>Add N(0, σ²) per pixel and channel (σ in gray levels).</source>
        <translation>픽셀과 채널마다 N(0, σ²)를 더함 (σ는 회색조 단위).</translation>
    </message>
    <message>
        <source>Add Σ pᵢ αᵢ λᵢ along the RGB principal components, αᵢ ~ N(0, σ).</source>
        <translation>RGB 주성분 방향으로 Σ pᵢ αᵢ λᵢ를 더함, αᵢ ~ N(0, σ).</translation>
    </message>
    <message>
        <source>BT.601 luma 0.299 R + 0.587 G + 0.114 B in all three channels.</source>
        <translation>BT.601 휘도 0.299 R + 0.587 G + 0.114 B를 세 채널 모두에.</translation>
    </message>
    <message>
        <source>Beta(α, α) parameter</source>
        <translation>Beta(α, α)의 매개변수</translation>
    </message>
    <message>
        <source>Blend with another image: λ·x + (1 − λ)·x′, λ ~ Beta(α, α); labels mix likewise.</source>
        <translation>다른 이미지와 섞기: λ·x + (1 − λ)·x′, λ ~ Beta(α, α); 레이블도 같은 비율로 섞는다.</translation>
    </message>
    <message>
        <source>Crop a random area fraction and aspect ratio, resize to a fixed size (Inception / torchvision).</source>
        <translation>무작위 면적 비율과 종횡비로 잘라 고정 크기로 조정 (Inception / torchvision).</translation>
    </message>
    <message>
        <source>Erase square boxes (side a fraction of the short side).</source>
        <translation>정사각형 상자를 지움 (한 변은 짧은 변의 비율).</translation>
    </message>
    <message>
        <source>HSL lightness shift (0–1 scale)</source>
        <translation>HSL 명도 이동 (0–1 척도)</translation>
    </message>
    <message>
        <source>HSL saturation factor</source>
        <translation>HSL 채도 배율</translation>
    </message>
    <message>
        <source>Hue rotation (degrees), saturation factor and lightness shift in HSL.</source>
        <translation>HSL에서 색상 회전 (도), 채도 배율, 명도 이동.</translation>
    </message>
    <message>
        <source>Mirror left-right.</source>
        <translation>좌우 반전.</translation>
    </message>
    <message>
        <source>Mirror top-bottom (only when upside-down photos make sense).</source>
        <translation>상하 반전 (뒤집힌 사진이 말이 될 때만).</translation>
    </message>
    <message>
        <source>Multiply brightness; scale contrast about the mean luma.</source>
        <translation>밝기를 곱하고, 평균 휘도를 중심으로 대비를 조정.</translation>
    </message>
    <message>
        <source>One combined affine warp about the centre; uncovered pixels follow the fill mode.</source>
        <translation>가운데를 중심으로 한 번에 합친 아핀 변환; 빈 픽셀은 채우기 방식을 따른다.</translation>
    </message>
    <message>
        <source>Paste a box of another image; label weight = 1 − box area / image area.</source>
        <translation>다른 이미지의 상자를 붙임; 레이블 가중치 = 1 − 상자 면적 / 이미지 면적.</translation>
    </message>
    <message>
        <source>Resize so the short side is L ~ U{lo..hi}, aspect kept (ResNet: 256–480).</source>
        <translation>짧은 변이 L ~ U{lo..hi}가 되게 크기 조정, 종횡비 유지 (ResNet: 256–480).</translation>
    </message>
    <message>
        <source>Resize to a fixed width x height (AlexNet: 256 x 256).</source>
        <translation>고정된 너비 x 높이로 크기 조정 (AlexNet: 256 x 256).</translation>
    </message>
    <message>
        <source>Sample i shows crop i mod 10: four corners and the centre, then the same five of the mirrored image (torchvision's TenCrop); predictions are averaged over the ten.</source>
        <translation>표본 i는 자르기 i mod 10: 네 모서리와 가운데, 그다음 좌우 반전 이미지의 같은 다섯 곳 (torchvision의 TenCrop); 예측은 열 개의 평균.</translation>
    </message>
    <message>
        <source>Set a fraction of pixels to white or black.</source>
        <translation>일부 픽셀을 흰색이나 검은색으로.</translation>
    </message>
    <message>
        <source>The size x size centre (torchvision's CenterCrop rounding): the test-time crop, nothing random.</source>
        <translation>크기 x 크기의 가운데 (torchvision CenterCrop의 반올림): 테스트 시 자르기, 무작위 없음.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>양</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>각도</translation>
    </message>
    <message>
        <source>area fraction of the crop</source>
        <translation>자르기의 면적 비율</translation>
    </message>
    <message>
        <source>aspect ratio w/h of the crop (log-uniform)</source>
        <translation>자르기의 종횡비 w/h (로그 균등)</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>기저</translation>
    </message>
    <message>
        <source>black</source>
        <translation>검은색</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>흐림</translation>
    </message>
    <message>
        <source>blur radius (px), sharpen amount (x100 %) or edge blend</source>
        <translation>흐림 반지름 (px), 선명화 양 (x100 %) 또는 윤곽 혼합</translation>
    </message>
    <message>
        <source>box side / short side</source>
        <translation>상자 변 / 짧은 변</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <source>brightness factor</source>
        <translation>밝기 배율</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <source>contrast factor</source>
        <translation>대비 배율</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>crop height (px)</source>
        <translation>자르기 높이 (px)</translation>
    </message>
    <message>
        <source>crop side (px)</source>
        <translation>자르기 변 (px)</translation>
    </message>
    <message>
        <source>crop width (px)</source>
        <translation>자르기 너비 (px)</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>윤곽</translation>
    </message>
    <message>
        <source>fill</source>
        <translation>채우기</translation>
    </message>
    <message>
        <source>fill value</source>
        <translation>채울 값</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>fraction of pixels hit</source>
        <translation>영향받는 픽셀 비율</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>gray level for the constant fill</source>
        <translation>상수 채우기의 회색조 값</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>horizontal shear angle (degrees)</source>
        <translation>가로 전단 각도 (도)</translation>
    </message>
    <message>
        <source>hue</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>hue shift in degrees</source>
        <translation>색상 이동 (도)</translation>
    </message>
    <message>
        <source>isotropic zoom factor</source>
        <translation>등방 확대 배율</translation>
    </message>
    <message>
        <source>lightness</source>
        <translation>명도</translation>
    </message>
    <message>
        <source>noise standard deviation (0–255 scale)</source>
        <translation>잡음 표준편차 (0–255 척도)</translation>
    </message>
    <message>
        <source>number of boxes</source>
        <translation>상자 수</translation>
    </message>
    <message>
        <source>out height</source>
        <translation>출력 높이</translation>
    </message>
    <message>
        <source>out width</source>
        <translation>출력 너비</translation>
    </message>
    <message>
        <source>output height (px)</source>
        <translation>출력 높이 (px)</translation>
    </message>
    <message>
        <source>output width (px)</source>
        <translation>출력 너비 (px)</translation>
    </message>
    <message>
        <source>principal components: published ImageNet values or the loaded training images</source>
        <translation>주성분: 발표된 ImageNet 값 또는 불러온 학습 이미지</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <source>rotation in degrees (counter-clockwise)</source>
        <translation>회전 각도 (도, 반시계 방향)</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>채도</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>선명화</translation>
    </message>
    <message>
        <source>shear x</source>
        <translation>전단 x</translation>
    </message>
    <message>
        <source>shear y</source>
        <translation>전단 y</translation>
    </message>
    <message>
        <source>shift as a fraction of width/height</source>
        <translation>너비/높이에 대한 비율로 이동</translation>
    </message>
    <message>
        <source>short side</source>
        <translation>짧은 변</translation>
    </message>
    <message>
        <source>short side L in pixels</source>
        <translation>짧은 변 L (픽셀)</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>standard deviation of the α draws (AlexNet: 0.1)</source>
        <translation>α 추출의 표준편차 (AlexNet: 0.1)</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>세기</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>늘이기</translation>
    </message>
    <message>
        <source>translate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>vertical shear angle (degrees)</source>
        <translation>세로 전단 각도 (도)</translation>
    </message>
    <message>
        <source>what the boxes are filled with</source>
        <translation>상자를 채울 것</translation>
    </message>
    <message>
        <source>what uncovered pixels show</source>
        <translation>빈 픽셀에 보일 것</translation>
    </message>
    <message>
        <source>which filter</source>
        <translation>어느 필터</translation>
    </message>
    <message>
        <source>x/y scale ratio (log-uniform, area kept)</source>
        <translation>x/y 배율 비 (로그 균등, 면적 유지)</translation>
    </message>
    <message>
        <source>flip</source>
        <translation>반전</translation>
    </message>
    <message>
        <source>vflip</source>
        <translation>상하반전</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>자름</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>draw a new random seed (new input, weights and upstream gradient)</source>
        <translation>새 무작위 시드 뽑기 (새 입력, 가중치, 상류 기울기)</translation>
    </message>
    <message>
        <source>forward then backward pass, layer by layer</source>
        <translation>순전파 다음 역전파, 층별로</translation>
    </message>
    <message>
        <source>overflow and other problems of the last run</source>
        <translation>마지막 실행의 오버플로와 그 밖의 문제</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>Output = (W − F + 2P)/S + 1; conv parameters = (F·F·C + 1)·K; fan-in d_in = F²·C</source>
        <translation>출력 = (W − F + 2P)/S + 1; conv 파라미터 = (F·F·C + 1)·K; fan-in d_in = F²·C</translation>
    </message>
    <message>
        <source>what this layer does to its input (exported as layer-calculator.csv)</source>
        <translation>이 층이 입력에 하는 일 (layer-calculator.csv로 내보냄)</translation>
    </message>
    <message>
        <source>Use this fan-in in the experiment</source>
        <translation>이 fan-in을 실험에 쓰기</translation>
    </message>
    <message>
        <source>switch the experiment to conv layers with this F and C (fan-in F²·C)</source>
        <translation>실험을 이 F와 C의 conv 층으로 바꾸기 (fan-in F²·C)</translation>
    </message>
    <message>
        <source>Animate original → centred → decorrelated → whitened (single view)</source>
        <translation>원본 → 중심화 → 비상관화 → 화이트닝 애니메이션 (단일 보기)</translation>
    </message>
    <message>
        <source>Reset dragged points</source>
        <translation>끌어 옮긴 점 되돌리기</translation>
    </message>
    <message>
        <source>Put every dragged point back where the data source put it</source>
        <translation>끌어 옮긴 점을 모두 데이터 출처의 원래 자리로</translation>
    </message>
    <message>
        <source>Drag points in the Original view; click any point to follow it across views.</source>
        <translation>원본 보기에서 점을 끌어 옮기고, 점을 클릭하면 모든 보기에서 따라간다.</translation>
    </message>
    <message>
        <source>Open CSV</source>
        <translation>CSV 열기</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 파일 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>the PCA panel is not available for CSV files</source>
        <translation>CSV 파일을 받을 PCA 패널이 없습니다</translation>
    </message>
    <message>
        <source>Runs side by side</source>
        <translation>나란히 비교할 실행</translation>
    </message>
    <message>
        <source>Network and SGD</source>
        <translation>신경망과 SGD</translation>
    </message>
    <message>
        <source>runs are trained one after another</source>
        <translation>실행은 하나씩 차례로 학습한다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>stop training; the curves so far stay on screen</source>
        <translation>학습 중지; 지금까지의 곡선은 화면에 남는다</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Stopped: the curves show the steps trained so far. Change a value to train again.</source>
        <translation>중지됨: 곡선은 지금까지 학습한 스텝을 보여준다. 값을 바꾸면 다시 학습한다.</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <source>NN Training Lab: unexpected error</source>
        <translation>NN Training Lab: 예기치 못한 오류</translation>
    </message>
    <message>
        <source>The lab is still running and your work is unchanged.
The details below were also saved to:</source>
        <translation>랩은 계속 실행 중이며 작업은 그대로입니다.
아래 세부 내용은 다음 파일에도 저장했습니다:</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>slide</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>A visual lab for 'Training Neural Networks I': activation functions, weight initialization,
data preprocessing (zero-centring, normalization, PCA, whitening) and data augmentation.</source>
        <translation>'Training Neural Networks I'을 위한 시각 실험실: 활성화 함수, 가중치 초기화, 데이터 전처리 (0 중심화, 정규화, PCA, 화이트닝), 데이터 증강.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냄</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>예:</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수가 하나 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 많아야 하나입니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>NN Training Lab: activations, initialization, preprocessing and augmentation, visually.</source>
        <translation>NN Training Lab: 활성화 함수, 가중치 초기화, 데이터 전처리, 데이터 증강을 눈으로 보는 실험실.</translation>
    </message>
    <message>
        <source>Headless export of slide figures: python main.py export --help</source>
        <translation>창 없이 슬라이드 그림 내보내기: python main.py export --help</translation>
    </message>
    <message>
        <source>images to open in the Augmentation panel</source>
        <translation>데이터 증강 패널에서 열 이미지</translation>
    </message>
    <message>
        <source>start with default layout and parameters</source>
        <translation>기본 배치와 기본 매개변수로 시작</translation>
    </message>
    <message>
        <source>save a screenshot of the window once it is painted, then quit</source>
        <translation>창이 그려지면 스크린샷을 저장하고 끝냄</translation>
    </message>
    <message>
        <source>raise this panel first (activations, init, augment, pca)</source>
        <translation>이 패널을 먼저 앞으로 (activations, init, augment, pca)</translation>
    </message>
    <message>
        <source>start the lecture tour (→ / Page Down next, ← / Page Up back; F11 presentation mode)</source>
        <translation>강의 투어 시작 (→ / Page Down 다음, ← / Page Up 이전; F11 발표 모드)</translation>
    </message>
    <message>
        <source>Add NN Training Lab to the application menu of a Linux desktop (for this user).</source>
        <translation>Linux 데스크톱의 애플리케이션 메뉴에 NN Training Lab을 추가합니다 (이 사용자만).</translation>
    </message>
    <message>
        <source>desktop files are for Linux and BSD desktops; on Windows and macOS start the lab with nn-training-lab</source>
        <translation>데스크톱 파일은 Linux와 BSD 데스크톱용입니다; Windows와 macOS에서는 nn-training-lab으로 실험실을 시작하세요</translation>
    </message>
    <message>
        <source>Export slide-ready figures (and the numbers behind them) without opening a window.</source>
        <translation>창을 열지 않고 슬라이드용 그림 (과 그 바탕의 수치)을 내보냅니다.</translation>
    </message>
    <message>
        <source>panel(s) to export, comma-separated (default: all)</source>
        <translation>내보낼 패널, 쉼표로 구분 (기본값: all)</translation>
    </message>
    <message>
        <source>output folder (created if missing)</source>
        <translation>출력 폴더 (없으면 만듦)</translation>
    </message>
    <message>
        <source>a session file saved by the app (File → Save session…)</source>
        <translation>앱이 저장한 세션 파일 (파일 → 세션 저장…)</translation>
    </message>
    <message>
        <source>resolution for PNG and size units (default: 200)</source>
        <translation>PNG와 크기 단위의 해상도 (기본값: 200)</translation>
    </message>
    <message>
        <source>look of the figure (default: slide)</source>
        <translation>그림의 모양 (기본값: slide)</translation>
    </message>
    <message>
        <source>transparent background (PNG, SVG, PDF)</source>
        <translation>투명 배경 (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>language of the figures' titles, labels and captions (default: en)</source>
        <translation>그림의 제목, 레이블, 설명의 언어 (기본값: en)</translation>
    </message>
    <message>
        <source>override a parameter by its session-file name; repeatable (see --list-params)</source>
        <translation>세션 파일의 이름으로 매개변수 하나를 바꿈; 여러 번 쓸 수 있음 (--list-params 참고)</translation>
    </message>
    <message>
        <source>image file or folder for the augment panel; repeatable</source>
        <translation>augment 패널의 이미지 파일이나 폴더; 여러 번 쓸 수 있음</translation>
    </message>
    <message>
        <source>fail on the first unusable or missing image instead of skipping it with a note</source>
        <translation>쓸 수 없거나 없는 이미지를 참고 메시지와 함께 건너뛰지 않고 처음 나온 곳에서 실패</translation>
    </message>
    <message>
        <source>list every parameter with its default and range, then exit</source>
        <translation>모든 매개변수를 기본값과 범위와 함께 보여 주고 끝냄</translation>
    </message>
    <message>
        <source>start a panel from a lecture preset (one per panel, applied before --set; see --list-presets)</source>
        <translation>강의 프리셋에서 패널을 시작 (패널마다 하나, --set보다 먼저 적용; --list-presets 참고)</translation>
    </message>
    <message>
        <source>list every panel's presets and their claims, then exit</source>
        <translation>모든 패널의 프리셋과 그 주장을 보여 주고 끝냄</translation>
    </message>
    <message>
        <source>export only the figure(s) NAME (e.g. overview, stages; a file is PANEL-NAME.png); repeatable</source>
        <translation>그림 NAME만 내보냄 (예: overview, stages; 파일 이름은 PANEL-NAME.png); 여러 번 쓸 수 있음</translation>
    </message>
    <message>
        <source>--panel is empty</source>
        <translation>--panel이 비어 있습니다</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR이 필요합니다</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>이미지 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file: reading it would wait forever</source>
        <translation>일반 파일이 아니라 이름 있는 파이프 (FIFO)입니다: 읽으면 끝없이 기다리게 됩니다</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>일반 파일이 아니라 장치입니다</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>일반 파일이 아니라 소켓입니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is a symbolic link loop (following its links leads back to it)</source>
        <translation>심볼릭 링크 고리입니다 (링크를 따라가면 다시 자기 자신으로 돌아옴)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>no such file (a part of the path is not a folder)</source>
        <translation>그런 파일이 없습니다 (경로의 일부가 폴더가 아님)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>경로가 너무 깁니다</translation>
    </message>
    <message>
        <source>is not a valid path</source>
        <translation>올바른 경로가 아닙니다</translation>
    </message>
    <message>
        <source>no image files in this folder</source>
        <translation>이 폴더에는 이미지 파일이 없습니다</translation>
    </message>
    <message>
        <source>a JSON file but not an NN Training Lab session</source>
        <translation>JSON 파일이지만 NN Training Lab 세션이 아닙니다</translation>
    </message>
    <message>
        <source>not an image, a CSV of points or a session file (no ending)</source>
        <translation>이미지도, 점의 CSV도, 세션 파일도 아닙니다 (확장자 없음)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>not a UTF-8 text file</source>
        <translation>UTF-8 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>no CSV file chosen</source>
        <translation>CSV 파일을 고르지 않았습니다</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>빈 파일 (0바이트)</translation>
    </message>
    <message>
        <source>truncated file (the data ends early)</source>
        <translation>잘린 파일 (데이터가 일찍 끝남)</translation>
    </message>
    <message>
        <source>not an image Pillow can read (unknown or unsupported format)</source>
        <translation>Pillow가 읽을 수 있는 이미지가 아닙니다 (알 수 없거나 지원하지 않는 형식)</translation>
    </message>
    <message>
        <source>the folder is read-only (permission denied)</source>
        <translation>폴더가 읽기 전용입니다 (권한 없음)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>16-bit grayscale → 8-bit</source>
        <translation>16비트 흑백 → 8비트</translation>
    </message>
    <message>
        <source>transparency composited over white</source>
        <translation>투명한 부분을 흰색 위에 합성함</translation>
    </message>
    <message>
        <source>not an NN Training Lab session (missing "format": "nn-training-lab-session")</source>
        <translation>NN Training Lab 세션이 아닙니다 ("format": "nn-training-lab-session"이 없음)</translation>
    </message>
    <message>
        <source>"panels" must be an object of panel parameters</source>
        <translation>"panels"는 패널 매개변수의 객체여야 합니다</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a session</source>
        <translation>JSON이 너무 깊게 중첩되어 세션일 수 없습니다</translation>
    </message>
    <message>
        <source>pipeline JSON needs a list of steps</source>
        <translation>파이프라인 JSON에는 단계 목록이 필요합니다</translation>
    </message>
    <message>
        <source>expected an object with a 'kind'</source>
        <translation>'kind'가 있는 객체여야 합니다</translation>
    </message>
    <message>
        <source>choose at least one</source>
        <translation>하나 이상 고르세요</translation>
    </message>
    <message>
        <source>a value is listed twice</source>
        <translation>같은 값이 두 번 있습니다</translation>
    </message>
    <message>
        <source>the plot areas would be too small</source>
        <translation>그래프 영역이 너무 작아집니다</translation>
    </message>
    <message>
        <source>no images loaded</source>
        <translation>불러온 이미지가 없습니다</translation>
    </message>
    <message>
        <source>no images to augment</source>
        <translation>증강할 이미지가 없습니다</translation>
    </message>
    <message>
        <source>the data are too large to square without overflow; rescale them</source>
        <translation>데이터가 너무 커서 제곱하면 넘칩니다; 크기를 줄이세요</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>세션 파일</translation>
    </message>
    <message>
        <source>32-bit integer</source>
        <translation>32비트 정수</translation>
    </message>
    <message>
        <source>floating-point</source>
        <translation>부동소수점</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <source>1-bit</source>
        <translation>1비트</translation>
    </message>
    <message>
        <source>CMYK</source>
        <translation>CMYK</translation>
    </message>
    <message>
        <source>YCbCr</source>
        <translation>YCbCr</translation>
    </message>
    <message>
        <source>HSV</source>
        <translation>HSV</translation>
    </message>
    <message>
        <source>argument {option}: {error}</source>
        <translation>인수 {option}: {error}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {known})</source>
        <translation>잘못된 선택: {value} ({known} 중에서 고르세요)</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>잘못된 {type} 값: {value}</translation>
    </message>
    <message>
        <source>the following arguments are required: {option}</source>
        <translation>다음 인수가 필요합니다: {option}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {value}</source>
        <translation>알 수 없는 인수: {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {known}</source>
        <translation>모호한 옵션: {option}은(는) {known} 중 어느 것일 수도 있습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>명시한 인수 {value}을(를) 무시했습니다</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>인수 {option}과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>one of the arguments {option} is required</source>
        <translation>인수 {option} 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>where desktop files and icons go (default: {path})</source>
        <translation>데스크톱 파일과 아이콘을 둘 곳 (기본값: {path})</translation>
    </message>
    <message>
        <source>comma-separated formats from {known} (default: png)</source>
        <translation>{known} 중에서 쉼표로 구분한 형식 (기본값: png)</translation>
    </message>
    <message>
        <source>page size, e.g. 1920x1080px, 25x14cm, 10x5.6in, or a preset: {known} (default: 16:9 = 9.6x5.4in)</source>
        <translation>페이지 크기, 예: 1920x1080px, 25x14cm, 10x5.6in, 또는 프리셋: {known} (기본값: 16:9 = 9.6x5.4in)</translation>
    </message>
    <message>
        <source>--preset {value}: expected PANEL:NAME (see --list-presets)</source>
        <translation>--preset {value}: PANEL:NAME 형식이어야 합니다 (--list-presets 참고)</translation>
    </message>
    <message>
        <source>--preset {value}: one preset per panel ({option} has one already)</source>
        <translation>--preset {value}: 프리셋은 패널마다 하나입니다 ({option}에는 이미 있음)</translation>
    </message>
    <message>
        <source>--set {value}: expected PANEL.PARAM=VALUE</source>
        <translation>--set {value}: PANEL.PARAM=VALUE 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--set {value}: unknown panel {option}</source>
        <translation>--set {value}: 알 수 없는 패널 {option}</translation>
    </message>
    <message>
        <source>--set {value}: unknown parameter {option} (see --list-params)</source>
        <translation>--set {value}: 알 수 없는 매개변수 {option} (--list-params 참고)</translation>
    </message>
    <message>
        <source>--figure: no figure named {value} (known: {known})</source>
        <translation>--figure: 이름이 {value}인 그림이 없습니다 (있는 그림: {known})</translation>
    </message>
    <message>
        <source>unknown panel {value} (use {known})</source>
        <translation>알 수 없는 패널 {value} ({known} 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>{error} (and {n} more)</source>
        <translation>{error} (외 {n}개)</translation>
    </message>
    <message>
        <source>{error}; nothing was written for it</source>
        <translation>{error}; 이 그림은 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>{error}; the smallest page that works is about {size} (--size {value})</source>
        <translation>{error}; 되는 가장 작은 페이지는 약 {size}입니다 (--size {value})</translation>
    </message>
    <message>
        <source>{error}; skipped</source>
        <translation>{error}; 건너뜀</translation>
    </message>
    <message>
        <source>skipped {error}</source>
        <translation>건너뜀: {error}</translation>
    </message>
    <message>
        <source>NaN in {known}: {error}</source>
        <translation>{known}에 NaN: {error}</translation>
    </message>
    <message>
        <source>a {w}×{h} cm page is too small ({error})</source>
        <translation>{w}×{h} cm 페이지는 너무 작습니다 ({error})</translation>
    </message>
    <message>
        <source>a {w}×{h} cm page is too small ({detail})</source>
        <translation>{w}×{h} cm 페이지는 너무 작습니다 ({detail})</translation>
    </message>
    <message>
        <source>no page up to 10× the requested size works</source>
        <translation>요청한 크기의 10배까지 어떤 페이지도 맞지 않습니다</translation>
    </message>
    <message>
        <source>unknown figure format {value} (use one of {known})</source>
        <translation>알 수 없는 그림 형식 {value} ({known} 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>figure size {w}×{h} px is outside 16–20000 px</source>
        <translation>그림 크기 {w}×{h} px가 16–20000 px 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>DPI {dpi} is outside 10–2400</source>
        <translation>DPI {dpi}이(가) 10–2400 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>bad size {value}: use WxH with px, cm or in (e.g. 1920x1080px, 25x14cm) or one of {known}</source>
        <translation>잘못된 크기 {value}: px, cm, in 단위의 WxH (예: 1920x1080px, 25x14cm)나 {known} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>bad size {value}: width and height must be positive</source>
        <translation>잘못된 크기 {value}: 너비와 높이는 양수여야 합니다</translation>
    </message>
    <message>
        <source>unknown format(s) {value}: use {known}</source>
        <translation>알 수 없는 형식 {value}: {known}을(를) 쓰세요</translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {error}</source>
        <translation>폴더 {path}을(를) 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {detail}</source>
        <translation>폴더 {path}을(를) 만들 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>{path}에 쓸 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>is a broken symbolic link (its target {path} does not exist)</source>
        <translation>끊어진 심볼릭 링크입니다 (대상 {path}이(가) 없음)</translation>
    </message>
    <message>
        <source>cannot read ({detail})</source>
        <translation>읽을 수 없습니다 ({detail})</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>cannot read {detail}</source>
        <translation>읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>cannot list the folder ({detail})</source>
        <translation>폴더 목록을 읽을 수 없습니다 ({detail})</translation>
    </message>
    <message>
        <source>the {what} is {size}, above the {limit} limit</source>
        <translation>{what} 크기가 {size}로, 한도 {limit}을(를) 넘습니다</translation>
    </message>
    <message>
        <source>not an image, a CSV of points or a session file ({value})</source>
        <translation>이미지도, 점의 CSV도, 세션 파일도 아닙니다 ({value})</translation>
    </message>
    <message>
        <source>file is {a} MB, above the {b} MB limit</source>
        <translation>파일이 {a} MB로, 한도 {b} MB를 넘습니다</translation>
    </message>
    <message>
        <source>has no pixels ({size})</source>
        <translation>픽셀이 없습니다 ({size})</translation>
    </message>
    <message>
        <source>{size} = {n} pixels is more than the {limit}-pixel limit (refused as a possible decompression bomb)</source>
        <translation>{size} = {n}픽셀로, 한도 {limit}픽셀보다 많습니다 (압축 폭탄일 수 있어 거부함)</translation>
    </message>
    <message>
        <source>too many pixels (more than the {limit}-pixel limit): refused as a possible decompression bomb</source>
        <translation>픽셀이 너무 많습니다 (한도 {limit}픽셀 초과): 압축 폭탄일 수 있어 거부함</translation>
    </message>
    <message>
        <source>corrupt header ({detail})</source>
        <translation>헤더가 손상됨 ({detail})</translation>
    </message>
    <message>
        <source>corrupt image data ({detail})</source>
        <translation>이미지 데이터가 손상됨 ({detail})</translation>
    </message>
    <message>
        <source>not enough memory to decode it ({detail})</source>
        <translation>디코딩할 메모리가 부족합니다 ({detail})</translation>
    </message>
    <message>
        <source>not a readable image ({detail})</source>
        <translation>읽을 수 있는 이미지가 아닙니다 ({detail})</translation>
    </message>
    <message>
        <source>the image ({size}) holds fewer than 2 patches of {limit}</source>
        <translation>이미지 ({size})에 {limit} 패치가 2개도 들어가지 않습니다</translation>
    </message>
    <message>
        <source>{kind} grayscale rescaled {a} → 0…255</source>
        <translation>{kind} 흑백을 {a} → 0…255로 다시 맞춤</translation>
    </message>
    <message>
        <source>first of {n} frames</source>
        <translation>프레임 {n}개 중 첫 번째</translation>
    </message>
    <message>
        <source>EXIF orientation {n} applied</source>
        <translation>EXIF 방향 {n} 적용</translation>
    </message>
    <message>
        <source>shown at {size}</source>
        <translation>{size}로 표시</translation>
    </message>
    <message>
        <source>no column named {value} (header: {known}); use a name or a 1-based number</source>
        <translation>이름이 {value}인 열이 없습니다 (머리글: {known}); 열 이름이나 1부터 세는 번호를 쓰세요</translation>
    </message>
    <message>
        <source>no column named {value} (the file has no header row); use a name or a 1-based number</source>
        <translation>이름이 {value}인 열이 없습니다 (파일에 머리글 행이 없음); 열 번호 (1부터)를 쓰세요</translation>
    </message>
    <message>
        <source>column {value} does not exist (the file has {n} columns)</source>
        <translation>{value}번 열이 없습니다 (파일의 열은 {n}개)</translation>
    </message>
    <message>
        <source>need at least 3 data rows, found {n}</source>
        <translation>데이터 행이 3개 이상 필요한데 {n}개뿐입니다</translation>
    </message>
    <message>
        <source>{n} rows is more than the {m} the lab handles</source>
        <translation>{n}행은 이 실험실이 다루는 {m}행보다 많습니다</translation>
    </message>
    <message>
        <source>missing value in {column}</source>
        <translation>{column}에 값이 없습니다</translation>
    </message>
    <message>
        <source>{value} in {column} is not a finite number</source>
        <translation>{column}의 {value}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>{value} in {column} is not a number</source>
        <translation>{column}의 {value}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>{path}, line {n}: {error}</source>
        <translation>{path}, {n}행: {error}</translation>
    </message>
    <message>
        <source>PCA data: {error}</source>
        <translation>PCA 데이터: {error}</translation>
    </message>
    <message>
        <source>Image patches: {error}</source>
        <translation>이미지 패치: {error}</translation>
    </message>
    <message>
        <source>Ignored dragged point(s) {known}: only {n} points.</source>
        <translation>끌어 옮긴 점 {known}은(는) 무시함: 점이 {n}개뿐이다.</translation>
    </message>
    <message>
        <source>{n} point(s) contain NaN or infinity (first at row {m}); remove them before PCA</source>
        <translation>점 {n}개에 NaN이나 무한대가 있습니다 (첫 번째는 {m}행); PCA 전에 지우세요</translation>
    </message>
    <message>
        <source>need at least {n} points, got {m}</source>
        <translation>점이 {n}개 이상 필요한데 {m}개뿐입니다</translation>
    </message>
    <message>
        <source>need at least 3 training points, got {n}</source>
        <translation>학습 점이 3개 이상 필요한데 {n}개뿐입니다</translation>
    </message>
    <message>
        <source>unsupported session version {value} (this app reads version {n})</source>
        <translation>지원하지 않는 세션 버전 {value} (이 앱은 버전 {n}을 읽음)</translation>
    </message>
    <message>
        <source>unknown panel {value} (known: {known})</source>
        <translation>알 수 없는 패널 {value} (있는 패널: {known})</translation>
    </message>
    <message>
        <source>{path} is not a text file</source>
        <translation>{path}은(는) 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {a}, column {b}: {detail})</source>
        <translation>{path}은(는) 올바른 JSON이 아닙니다 ({a}행, {b}열: {detail})</translation>
    </message>
    <message>
        <source>{path} is not a usable JSON document ({detail})</source>
        <translation>{path}은(는) 쓸 수 있는 JSON 문서가 아닙니다 ({detail})</translation>
    </message>
    <message>
        <source>panel {value}: {error}</source>
        <translation>패널 {value}: {error}</translation>
    </message>
    <message>
        <source>{error}; its saved parameters were skipped</source>
        <translation>{error}; 저장된 매개변수는 건너뛰었습니다</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is outside {known}</source>
        <translation>{value}은(는) {known} 범위 밖입니다</translation>
    </message>
    <message>
        <source>{value} is too large for a number</source>
        <translation>{value}은(는) 수로 다루기에 너무 큽니다</translation>
    </message>
    <message>
        <source>{value} is not one of {known}</source>
        <translation>{value}은(는) {known} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is too small (0 = full resolution, else at least 32)</source>
        <translation>{value}은(는) 너무 작습니다 (0 = 원래 해상도, 아니면 32 이상)</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true나 false여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected an integer, got {value}</source>
        <translation>정수여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>수여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>텍스트여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected a list, got {value}</source>
        <translation>목록이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected text items, got {value}</source>
        <translation>텍스트 항목이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected finite numbers, got {value}</source>
        <translation>유한한 수여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected comma-separated numbers, got {value}</source>
        <translation>쉼표로 구분한 수여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>expected an object of parameters, got {type}</source>
        <translation>매개변수의 객체여야 합니다 (받은 값: {type})</translation>
    </message>
    <message>
        <source>unknown parameter {value} (known: {known})</source>
        <translation>알 수 없는 매개변수 {value} (있는 매개변수: {known})</translation>
    </message>
    <message>
        <source>unknown parameter {value}</source>
        <translation>알 수 없는 매개변수 {value}</translation>
    </message>
    <message>
        <source>unknown preset {value} (known: {known})</source>
        <translation>알 수 없는 프리셋 {value} (있는 프리셋: {known})</translation>
    </message>
    <message>
        <source>{n} runs (activations × schemes × inputs); at most {m}</source>
        <translation>실행 {n}개 (활성화 함수 × 초기화 방식 × 입력); 많아야 {m}개</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {a} column {b}</source>
        <translation>올바른 JSON이 아닙니다 ({a}행 {b}열): {detail}</translation>
    </message>
    <message>
        <source>not an augmentation pipeline (format {value})</source>
        <translation>증강 파이프라인이 아닙니다 (형식 {value})</translation>
    </message>
    <message>
        <source>pipeline version {value} is newer than this lab understands ({n})</source>
        <translation>파이프라인 버전 {value}은(는) 이 실험실이 이해하는 버전 ({n})보다 새롭습니다</translation>
    </message>
    <message>
        <source>step {n}: {error}</source>
        <translation>{n}단계: {error}</translation>
    </message>
    <message>
        <source>unknown field(s) {known}</source>
        <translation>알 수 없는 필드 {known}</translation>
    </message>
    <message>
        <source>unknown step {value} (known: {known})</source>
        <translation>알 수 없는 단계 {value} (있는 단계: {known})</translation>
    </message>
    <message>
        <source>unknown step {value}</source>
        <translation>알 수 없는 단계 {value}</translation>
    </message>
    <message>
        <source>probability p must be in [0, 1], got {value}</source>
        <translation>확률 p는 [0, 1] 안이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>enabled must be true or false, got {value}</source>
        <translation>enabled는 true나 false여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>options must be an object, got {value}</source>
        <translation>options는 객체여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>unknown option {value} (known: {known})</source>
        <translation>알 수 없는 옵션 {value} (있는 옵션: {known})</translation>
    </message>
    <message>
        <source>{option} expects a finite number, got {value}</source>
        <translation>{option}에는 유한한 수가 필요합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>{option} = {value} is outside {known}</source>
        <translation>{option} = {value}은(는) {known} 범위 밖입니다</translation>
    </message>
    <message>
        <source>{option} expects an integer, got {value}</source>
        <translation>{option}에는 정수가 필요합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>{option} must be one of {known}, got {value}</source>
        <translation>{option}은(는) {known} 중 하나여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>{option} expects a [low, high] pair, got {value}</source>
        <translation>{option}에는 [low, high] 쌍이 필요합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>{option} low {a} is above high {b}</source>
        <translation>{option}의 low {a}이(가) high {b}보다 큽니다</translation>
    </message>
    <message>
        <source>{detail} would make a {size} image ({n} MP), above the {m} MP limit per sample; use a smaller size or preview size</source>
        <translation>{detail}은(는) {size} 이미지 ({n} MP)를 만들어 표본당 한도 {m} MP를 넘습니다; 더 작은 크기나 미리보기 크기를 쓰세요</translation>
    </message>
    <message>
        <source>Restart NN Training Lab to show the menus and controls in {language}? Every panel keeps its parameters.</source>
        <translation>메뉴와 컨트롤까지 {language} 화면으로 바꾸려면 NN Training Lab을 다시 시작하세요. 모든 패널의 매개변수는 유지됩니다.</translation>
    </message>
    <message>
        <source>Figures now use {language}; menus and controls after a restart</source>
        <translation>그림은 이제 {language} 화면; 메뉴와 컨트롤은 다시 시작한 뒤에 바뀝니다</translation>
    </message>
    <message>
        <source>Export figure — {panel}</source>
        <translation>그림 내보내기 — {panel}</translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>미리보기 실패: {error}</translation>
    </message>
    <message>
        <source>the {panel} panel is not available yet</source>
        <translation>{panel} 패널은 아직 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the {panel} panel failed to load: {error}</source>
        <translation>{panel} 패널을 불러오지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation>{panel} 패널로 가기</translation>
    </message>
    <message>
        <source>Bring the {panel} panel to the front</source>
        <translation>{panel} 패널을 앞으로</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>{panel} 패널 보이기/숨기기</translation>
    </message>
    <message>
        <source>What to notice — {panel}</source>
        <translation>눈여겨볼 점 — {panel}</translation>
    </message>
    <message>
        <source>The {panel} panel is not available yet: nothing to export</source>
        <translation>{panel} 패널은 아직 쓸 수 없습니다: 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>Exported {n} file(s) to {folder}</source>
        <translation>파일 {n}개를 {folder}에 내보냈습니다</translation>
    </message>
    <message>
        <source>Building {panel}…</source>
        <translation>{panel} 만드는 중…</translation>
    </message>
    <message>
        <source>Wrote {n} file(s): {name}</source>
        <translation>파일 {n}개 씀: {name}</translation>
    </message>
    <message>
        <source>Export cancelled after {n} complete file(s)</source>
        <translation>완성된 파일 {n}개 뒤에 내보내기를 취소했습니다</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
        <source>Copy failed: {error}</source>
        <translation>복사 실패: {error}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Session saved to {path}</source>
        <translation>세션을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Could not open {name}: {error}</source>
        <translation>{name} 파일을 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>open session {name}</source>
        <translation>세션 {name} 열기</translation>
    </message>
    <message>
        <source>Opened session {name} (Ctrl+Z to undo)</source>
        <translation>세션 파일 {name}을 열었습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>reset of {panel}</source>
        <translation>{panel} 초기화</translation>
    </message>
    <message>
        <source>{panel} reset to defaults (Ctrl+Z to undo)</source>
        <translation>{panel} 패널을 기본값으로 되돌렸습니다 (Ctrl+Z로 되돌리기)</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>되돌리기: {action}</translation>
    </message>
    <message>
        <source>Undid {action}</source>
        <translation>되돌림: {action}</translation>
    </message>
    <message>
        <source>Preset: {name} — {claim}</source>
        <translation>프리셋: {name} — {claim}</translation>
    </message>
    <message>
        <source>E[∏ f′(zₖ)] = E[f′]ⁿ for independent zₖ ~ {dist}</source>
        <translation>독립인 zₖ ~ {dist}에 대해 E[∏ f′(zₖ)] = E[f′]ⁿ</translation>
    </message>
    <message>
        <source>Zero-centred? f(z) for z ~ {dist}</source>
        <translation>0 중심인가? z ~ {dist}일 때 f(z)</translation>
    </message>
    <message>
        <source>histograms: {n} Monte Carlo samples (seed {seed}); dashed: exact means</source>
        <translation>히스토그램: 몬테카를로 표본 {n}개 (시드 {seed}); 점선: 정확한 평균</translation>
    </message>
    <message>
        <source>z ~ {dist}; highlighted: saturated, |f′| &lt; {t}; grey: ReLU dead (f′ = 0)</source>
        <translation>z ~ {dist}; 강조: 포화, |f′| &lt; {t}; 회색: 죽은 ReLU (f′ = 0)</translation>
    </message>
    <message>
        <source>input z ~ {dist}</source>
        <translation>입력 z ~ {dist}</translation>
    </message>
    <message>
        <source>{f}: {p} steps ↗/↙</source>
        <translation>{f}: 스텝의 {p}가 ↗/↙</translation>
    </message>
    <message>
        <source>y = w·x, squared error, start {a}, optimum {b}; {n} steps, lr {lr}, batch {batch}; inputs σ(z) vs tanh(z), z ~ N(0, I)</source>
        <translation>y = w·x, 제곱 오차, 시작 {a}, 최적점 {b}; {n} 스텝, 학습률 {lr}, 배치 {batch}; 입력 σ(z) 대 tanh(z), z ~ N(0, I)</translation>
    </message>
    <message>
        <source>Augmentation: {name}</source>
        <translation>데이터 증강: {name}</translation>
    </message>
    <message>
        <source>One augmented sample of {name}</source>
        <translation>{name}의 증강 표본 하나</translation>
    </message>
    <message>
        <source>original ({size})</source>
        <translation>원본 ({size})</translation>
    </message>
    <message>
        <source>sample #{n}</source>
        <translation>표본 #{n}</translation>
    </message>
    <message>
        <source>{name} (train)</source>
        <translation>{name} (학습)</translation>
    </message>
    <message>
        <source>{n} train, {m} held out</source>
        <translation>학습 {n}장, 보류 {m}장</translation>
    </message>
    <message>
        <source>normalized image shown {a} ↦ {b}</source>
        <translation>정규화 이미지 표시 {a} ↦ {b}</translation>
    </message>
    <message>
        <source>labels: {rest}</source>
        <translation>레이블: {rest}</translation>
    </message>
    <message>
        <source>translate): {rest}</source>
        <translation>이동): {rest}</translation>
    </message>
    <message>
        <source>· {step}: {rest}</source>
        <translation>· {step}: {rest}</translation>
    </message>
    <message>
        <source>· {step}:</source>
        <translation>· {step}:</translation>
    </message>
    <message>
        <source>· {step}</source>
        <translation>· {step}</translation>
    </message>
    <message>
        <source>Weight initialization: {name}</source>
        <translation>가중치 초기화: {name}</translation>
    </message>
    <message>
        <source>{n} layers × {u} units</source>
        <translation>{n}개 층 × 유닛 {u}개</translation>
    </message>
    <message>
        <source>{n} conv layers</source>
        <translation>conv 층 {n}개</translation>
    </message>
    <message>
        <source>{f} filters on {m} maps (d_in = {d})</source>
        <translation>{m} 맵에 {f} 필터 (d_in = {d})</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>배치 {n}</translation>
    </message>
    <message>
        <source>bias {b}</source>
        <translation>편향 {b}</translation>
    </message>
    <message>
        <source>seed {s}</source>
        <translation>시드 {s}</translation>
    </message>
    <message>
        <source>{kind} input</source>
        <translation>{kind} 입력</translation>
    </message>
    <message>
        <source>{name}, {d} → k dimensions: {rest}</source>
        <translation>{name}, {d} → k차원: {rest}</translation>
    </message>
    <message>
        <source>{p} in k = {k}</source>
        <translation>k = {k}에서 {p}</translation>
    </message>
    <message>
        <source>PCA of {a} of {b} non-overlapping patches (values 0–1, Σ {div}).</source>
        <translation>겹치지 않는 패치 {b}개 중 {a}개의 PCA (값 0–1, Σ {div}).</translation>
    </message>
    <message>
        <source>{p} RGB patches: {d}</source>
        <translation>{p} RGB 패치: {d}</translation>
    </message>
    <message>
        <source>k = {k} keeps {p}</source>
        <translation>k = {k}이면 {p} 남음</translation>
    </message>
    <message>
        <source>Top-{k} keeps {p}</source>
        <translation>상위 {k}개가 {p} 남김</translation>
    </message>
    <message>
        <source>Blue: {n} training points (statistics); green: {m} test points. Σ {div}, ε = {eps}, PC1 at {deg}; ellipses 1σ, 2σ.</source>
        <translation>파랑: 학습 점 {n}개 (통계); 초록: 테스트 점 {m}개. Σ {div}, ε = {eps}, PC1 {deg}; 타원 1σ, 2σ.</translation>
    </message>
    <message>
        <source>({x} − mean)/std</source>
        <translation>({x} − 평균)/표준편차</translation>
    </message>
    <message>
        <source>{x} − mean</source>
        <translation>{x} − 평균</translation>
    </message>
    <message>
        <source>{pc} axis</source>
        <translation>{pc} 축</translation>
    </message>
    <message>
        <source>reconstruction (k = {k})</source>
        <translation>재구성 (k = {k})</translation>
    </message>
    <message>
        <source>Original → centred → decorrelated → whitened</source>
        <translation>원본 → 중심화 → 비상관화 → 화이트닝</translation>
    </message>
    <message>
        <source>Decision regions after {n} steps: {inputs}</source>
        <translation>{n} 스텝 후 결정 영역: {inputs}</translation>
    </message>
    <message>
        <source>Decision regions at the current step: {inputs}</source>
        <translation>현재 스텝의 결정 영역: {inputs}</translation>
    </message>
    <message>
        <source>SGD steps until the loss ≤ {t}</source>
        <translation>손실 ≤ {t}까지 SGD 스텝 수</translation>
    </message>
    <message>
        <source>training… (step {n})</source>
        <translation>학습 중… (스텝 {n})</translation>
    </message>
    <message>
        <source>{run}, step {a} / {b}</source>
        <translation>{run}, 스텝 {a} / {b}</translation>
    </message>
    <message>
        <source>acc {a}, loss {l}</source>
        <translation>정확도 {a}, 손실 {l}</translation>
    </message>
    <message>
        <source>SGD steps until the loss ≤ {t}: {inputs}</source>
        <translation>손실 ≤ {t}까지 SGD 스텝 수: {inputs}</translation>
    </message>
    <message>
        <source>training loss on the whole set, checked every {n} steps</source>
        <translation>전체 집합의 학습 손실, {n} 스텝마다 확인</translation>
    </message>
    <message>
        <source>not reached in {n} (loss {l})</source>
        <translation>{n} 스텝 안에 도달 못 함 (손실 {l})</translation>
    </message>
    <message>
        <source>not reached (loss {l})</source>
        <translation>도달 못 함 (손실 {l})</translation>
    </message>
    <message>
        <source>Training on {data}: {inputs}</source>
        <translation>{data}에서 학습: {inputs}</translation>
    </message>
    <message>
        <source>{n} hidden layers × {u} units</source>
        <translation>은닉층 {n}개 × 유닛 {u}개</translation>
    </message>
    <message>
        <source>SGD lr {lr}</source>
        <translation>SGD 학습률 {lr}</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 스텝</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>점 {n}개</translation>
    </message>
    <message>
        <source>loss on the whole set every {n} steps</source>
        <translation>{n} 스텝마다 전체 집합의 손실</translation>
    </message>
    <message>
        <source>target {t}</source>
        <translation>목표 {t}</translation>
    </message>
    <message>
        <source>mean {x}</source>
        <translation>평균 {x}</translation>
    </message>
    <message>
        <source>highlighted: saturated, |f′| &lt; {t}</source>
        <translation>강조: 포화, |f′| &lt; {t}</translation>
    </message>
    <message>
        <source>Blue ●: {n} training points (statistics); green ▲: {m} test points. Σ {div}, ε = {eps}, PC1 at {deg}; arrows √λ·PC; ellipses 1σ, 2σ.</source>
        <translation>파랑 ●: 학습 점 {n}개 (통계); 초록 ▲: 테스트 점 {m}개. Σ {div}, ε = {eps}, PC1 {deg}; 화살표 √λ·PC; 타원 1σ, 2σ.</translation>
    </message>
    <message>
        <source>Blue ●: {n} training points (statistics). Σ {div}, ε = {eps}, PC1 at {deg}; arrows √λ·PC; ellipses 1σ, 2σ.</source>
        <translation>파랑 ●: 학습 점 {n}개 (통계). Σ {div}, ε = {eps}, PC1 {deg}; 화살표 √λ·PC; 타원 1σ, 2σ.</translation>
    </message>
    <message>
        <source>Centred: {p} flip</source>
        <translation>중심화 후: {p} 클래스 바뀜</translation>
    </message>
    <message>
        <source>Off-centre: {p} flip</source>
        <translation>중심화 전: {p} 클래스 바뀜</translation>
    </message>
    <message>
        <source>w tilted {a}</source>
        <translation>w를 {a} 기울임</translation>
    </message>
    <message>
        <source>The line goes through the mean ({d} from the origin off-centre); w is tilted by {t} with b fixed, so the line turns about the origin (the dot). Flipped: {off} off-centre, {cen} centred.</source>
        <translation>직선은 평균을 지난다 (중심화 전에는 원점에서 {d}); b를 고정하고 w를 {t} 기울이면 직선은 원점 (점)을 중심으로 돈다. 클래스가 바뀐 점: 중심화 전 {off}, 중심화 후 {cen}.</translation>
    </message>
    <message>
        <source>▼ {n} curves below 10⁻⁶⁰</source>
        <translation>▼ 10⁻⁶⁰ 미만 곡선 {n}개</translation>
    </message>
    <message>
        <source>▼ {name} below 10⁻⁶⁰</source>
        <translation>▼ {name}: 10⁻⁶⁰ 미만</translation>
    </message>
    <message>
        <source>Preset “{name}”: {claim}</source>
        <translation>프리셋 “{name}”: {claim}</translation>
    </message>
    <message>
        <source>Tour: the preset “{preset}” is not available in this build</source>
        <translation>투어: 프리셋 “{preset}”은 이 빌드에 없습니다</translation>
    </message>
    <message>
        <source>{section} — {panel}</source>
        <translation>{section} — {panel}</translation>
    </message>
    <message>
        <source>Zig-zag (SGD, batch {a} vs {b})</source>
        <translation>지그재그 (SGD, 배치 {a} 대 {b})</translation>
    </message>
    <message>
        <source>y = w·x, squared error, start {a}, optimum {b}; {n} steps, lr {lr}, batch {batch}; inputs σ(z) vs tanh(z), z ~ N(0, I); dashed: σ(z) inputs with batch {second} (same seed)</source>
        <translation>y = w·x, 제곱 오차, 시작 {a}, 최적점 {b}; {n} 스텝, 학습률 {lr}, 배치 {batch}; 입력 σ(z) 대 tanh(z), z ~ N(0, I); 점선: 배치 {second}의 σ(z) 입력 (같은 시드)</translation>
    </message>
    <message>
        <source>at μ = {m}</source>
        <translation>μ = {m}에서</translation>
    </message>
    <message>
        <source>std f(μ + σε), ε ~ N(0, 1), σ = {s} (exact); at μ = {m}: ELU {e}, Leaky ReLU {l}; ELU is the quieter one below μ* = {x} (dashed); right: f(x) − E f(x), {n} samples, seed {seed}; ELU α = {a}, Leaky ReLU slope {k}</source>
        <translation>std f(μ + σε), ε ~ N(0, 1), σ = {s} (정확한 값); μ = {m}에서: ELU {e}, Leaky ReLU {l}; μ* = {x} (점선) 아래에서는 ELU가 더 조용하다; 오른쪽: f(x) − E f(x), 표본 {n}개, 시드 {seed}; ELU α = {a}, Leaky ReLU 기울기 {k}</translation>
    </message>
    <message>
        <source>{scheme}: {formula}, gain {g} ({source}), std {s} (d_in = {d}), bound {b}</source>
        <translation>{scheme}: {formula}, 이득 {g} ({source}), 표준편차 {s} (d_in = {d}), 경계 {b}</translation>
    </message>
    <message>
        <source>{scheme}: {formula}, gain {g} ({source}), std {s} (d_in = {d})</source>
        <translation>{scheme}: {formula}, 이득 {g} ({source}), 표준편차 {s} (d_in = {d})</translation>
    </message>
    <message>
        <source>{scheme}: {formula}, std {s} (d_in = {d}), bound {b}</source>
        <translation>{scheme}: {formula}, 표준편차 {s} (d_in = {d}), 경계 {b}</translation>
    </message>
    <message>
        <source>{scheme}: {formula}, std {s} (d_in = {d})</source>
        <translation>{scheme}: {formula}, 표준편차 {s} (d_in = {d})</translation>
    </message>
    <message>
        <source>{name}: activation std over {n} seeds</source>
        <translation>{name}: 시드 {n}개의 활성값 표준편차</translation>
    </message>
    <message>
        <source>layer {n}: {m} ± {s} (prediction {p})</source>
        <translation>{n}층: {m} ± {s} (예측 {p})</translation>
    </message>
    <message>
        <source>quoted: {values}</source>
        <translation>강의 값: {values}</translation>
    </message>
    <message>
        <source>mean of {n} seeds</source>
        <translation>시드 {n}개의 평균</translation>
    </message>
    <message>
        <source>range over {n} seeds</source>
        <translation>시드 {n}개의 범위</translation>
    </message>
    <message>
        <source>seeds {a}…{b} (consecutive from the panel's seed)</source>
        <translation>시드 {a}…{b} (패널의 시드부터 연속)</translation>
    </message>
    <message>
        <source>measured on this machine (NumPy, float64): f {f} ns, f′ {df} ns per element</source>
        <translation>이 컴퓨터에서 측정 (NumPy, float64): 원소당 f {f} ns, f′ {df} ns</translation>
    </message>
    <message>
        <source>f(z), z ~ N({mu}, {sigma}²): closed forms (ReLU family, ELU, SELU), else Gauss–Legendre quadrature (error &lt; 1e-12) · histogram: Monte Carlo, {n} samples, seed {seed}</source>
        <translation>f(z), z ~ N({mu}, {sigma}²): 닫힌 형태 (ReLU 계열, ELU, SELU), 그 밖에는 Gauss–Legendre 구적법 (오차 &lt; 1e-12) · 히스토그램: 몬테카를로, 표본 {n}개, 시드 {seed}</translation>
    </message>
    <message>
        <source>Removed {name} (Undo remove puts it back)</source>
        <translation>{name}을(를) 제거했습니다 (제거 취소로 되돌림)</translation>
    </message>
    <message>
        <source>Loading {k}/{n}: {name}</source>
        <translation>불러오는 중 {k}/{n}: {name}</translation>
    </message>
    <message>
        <source>Loading images failed: {reason} — keeping the previous images</source>
        <translation>이미지 불러오기 실패: {reason} — 이전 이미지를 유지합니다</translation>
    </message>
    <message>
        <source>{reason} — keeping the previous images</source>
        <translation>{reason} — 이전 이미지를 유지합니다</translation>
    </message>
    <message>
        <source>Selected: {sample}</source>
        <translation>선택: {sample}</translation>
    </message>
    <message>
        <source>sample {k} of {name}  ({size})</source>
        <translation>{name}의 표본 {k}  ({size})</translation>
    </message>
    <message>
        <source>, previewed at {size}</source>
        <translation>, 미리보기 {size}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… 외 {n}개</translation>
    </message>
    <message>
        <source>No usable image ({n} problems): {first}</source>
        <translation>쓸 수 있는 이미지가 없습니다 (문제 {n}개): {first}</translation>
    </message>
    <message>
        <source>Loaded {n} images</source>
        <translation>이미지 {n}장을 불러왔습니다</translation>
    </message>
    <message>
        <source>; skipped {n}: {problems}</source>
        <translation>; {n}개 건너뜀: {problems}</translation>
    </message>
    <message>
        <source> (kept in the session though missing: {paths})</source>
        <translation> (없지만 세션에 남겨 둠: {paths})</translation>
    </message>
    <message>
        <source>original: {name} ({size})</source>
        <translation>원본: {name} ({size})</translation>
    </message>
    <message>
        <source> ({a} training, {b} held out)</source>
        <translation> (학습 {a}장, 보류 {b}장)</translation>
    </message>
    <message>
        <source>mean R {r}, G {g}, B {b}</source>
        <translation>평균 R {r}, G {g}, B {b}</translation>
    </message>
    <message>
        <source>std R {r}, G {g}, B {b} (0–1 scale)</source>
        <translation>표준편차 R {r}, G {g}, B {b} (0–1 척도)</translation>
    </message>
    <message>
        <source>{n} samples of {name}</source>
        <translation>{name}의 표본 {n}개</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path}을(를) 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Pipeline saved to {path}</source>
        <translation>파이프라인을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Pipeline loaded from {name} ({n} steps)</source>
        <translation>{name}에서 파이프라인을 불러왔습니다 (단계 {n}개)</translation>
    </message>
    <message>
        <source>crop {a}</source>
        <translation>자름 {a}</translation>
    </message>
    <message>
        <source>hue {a} sat {b}</source>
        <translation>색상 {a} 채도 {b}</translation>
    </message>
    <message>
        <source>hue {a}</source>
        <translation>색상 {a}</translation>
    </message>
    <message>
        <source>rot {a} {b}</source>
        <translation>회전 {a} {b}</translation>
    </message>
    <message>
        <source>rot {a}</source>
        <translation>회전 {a}</translation>
    </message>
    <message>
        <source>bright {a} contr {b}</source>
        <translation>밝기 {a} 대비 {b}</translation>
    </message>
    <message>
        <source>cutout {a}</source>
        <translation>cutout {a}</translation>
    </message>
    <message>
        <source>noise σ {a}</source>
        <translation>잡음 σ {a}</translation>
    </message>
    <message>
        <source>s&amp;p {a}</source>
        <translation>소금·후추 {a}</translation>
    </message>
    <message>
        <source>filter {a}</source>
        <translation>필터 {a}</translation>
    </message>
    <message>
        <source>mixup λ {a}</source>
        <translation>MixUp λ {a}</translation>
    </message>
    <message>
        <source>cutmix λ {a}</source>
        <translation>CutMix λ {a}</translation>
    </message>
    <message>
        <source>The experiment takes F ≤ 11 and C ≤ 512 (got F = {f}, C = {c})</source>
        <translation>실험은 F ≤ 11, C ≤ 512만 받습니다 (받은 값 F = {f}, C = {c})</translation>
    </message>
    <message>
        <source>seed {k} of {n}: layer {layer}</source>
        <translation>시드 {k}/{n}: {layer}층</translation>
    </message>
    <message>
        <source>{scheme}: {stage} layer {layer}</source>
        <translation>{scheme}: {stage} {layer}층</translation>
    </message>
    <message>
        <source>{reason} (showing the previous run)</source>
        <translation>{reason} (이전 실행을 보여줌)</translation>
    </message>
    <message>
        <source>{f}×{g} pooling, stride {s}: {layer} (pooling has no weights)</source>
        <translation>{f}×{g} 풀링, stride {s}: {layer} (풀링에는 가중치가 없다)</translation>
    </message>
    <message>
        <source>conv {k} filters {f}×{g}, stride {s}, padding {p}: {layer} (a dense layer would need {n})</source>
        <translation>conv 필터 {k}개 {f}×{g}, stride {s}, padding {p}: {layer} (완전 연결 층이라면 {n}개 필요)</translation>
    </message>
    <message>
        <source>{a} → {b}, {n} parameters, fan-in d_in = {d}</source>
        <translation>{a} → {b}, 파라미터 {n}개, fan-in d_in = {d}</translation>
    </message>
    <message>
        <source>{a} → {b}, {n} parameters</source>
        <translation>{a} → {b}, 파라미터 {n}개</translation>
    </message>
    <message>
        <source>Choose a file ({caption})</source>
        <translation>파일 고르기 ({caption})</translation>
    </message>
    <message>
        <source>statistics from {n} training points</source>
        <translation>학습 점 {n}개에서 구한 통계</translation>
    </message>
    <message>
        <source>Point {k}: ({x}, {y})</source>
        <translation>점 {k}: ({x}, {y})</translation>
    </message>
    <message>
        <source>{reason} (showing the last good data)</source>
        <translation>{reason} (마지막 정상 데이터를 보여줌)</translation>
    </message>
    <message>
        <source>PC1 at {deg}, λ = {a}, {b}; top-{k} keeps {pct}.</source>
        <translation>PC1 {deg}, λ = {a}, {b}; 상위 {k}개가 {pct} 남김.</translation>
    </message>
    <message>
        <source>PC{i} holds only {p} of the variance; whitening multiplies it by 1/√(λ+ε) = {g} (ε = {e} limits this).</source>
        <translation>PC{i}는 분산의 {p}만 담는다; 화이트닝은 이를 1/√(λ+ε) = {g}배로 키운다 (ε = {e}(으)로 제한됨).</translation>
    </message>
    <message>
        <source>PC{i} has ~0 variance (λ{j} = {v}): the points are collinear. Whitening divides it by √(λ+ε) = {d}; set ε &gt; 0 to keep rounding noise from being blown up.</source>
        <translation>PC{i}의 분산은 ~0이다 (λ{j} = {v}): 점들이 일직선 위에 있다. 화이트닝은 이를 √(λ+ε) = {d}(으)로 나눈다; 반올림 잡음이 부풀지 않도록 ε &gt; 0으로 두라.</translation>
    </message>
    <message>
        <source>PC{i} has ~0 variance (λ{j} = {v}): the points are collinear. Whitening divides it by √(λ+ε) = {d}.</source>
        <translation>PC{i}의 분산은 ~0이다 (λ{j} = {v}): 점들이 일직선 위에 있다. 화이트닝은 이를 √(λ+ε) = {d}(으)로 나눈다.</translation>
    </message>
    <message>
        <source>Showing {shown} of {n} points per view (all are computed).</source>
        <translation>보기마다 점 {n}개 중 {shown}개 표시 (계산은 모두 함).</translation>
    </message>
    <message>
        <source>run {k}/{n}: step {a}/{b}</source>
        <translation>실행 {k}/{n}: 스텝 {a}/{b}</translation>
    </message>
    <message>
        <source>training {run}…</source>
        <translation>{run} 학습 중…</translation>
    </message>
    <message>
        <source>No run reached loss ≤ {t} in {n} steps.</source>
        <translation>{n} 스텝 안에 손실 ≤ {t}에 닿은 실행이 없다.</translation>
    </message>
    <message>
        <source>First to loss ≤ {t}: {run} ({n} steps).</source>
        <translation>손실 ≤ {t} 첫 도달: {run} ({n} 스텝).</translation>
    </message>
    <message>
        <source>{a} of {b} runs reached it, {c} did not.</source>
        <translation>실행 {b}개 중 {a}개 도달, {c}개 미도달.</translation>
    </message>
    <message>
        <source>{a} of {b} runs reached it.</source>
        <translation>실행 {b}개 중 {a}개 도달.</translation>
    </message>
    <message>
        <source>Not opened: {reasons}</source>
        <translation>열지 않음: {reasons}</translation>
    </message>
    <message>
        <source>Exported {n} files to {folder}</source>
        <translation>파일 {n}개를 {folder}에 내보냈습니다</translation>
    </message>
    <message>
        <source>Exported 1 file to {folder}</source>
        <translation>파일 1개를 {folder}에 내보냈습니다</translation>
    </message>
    <message>
        <source>{w} × {h} px at {dpi} DPI</source>
        <translation>{w} × {h} px, {dpi} DPI</translation>
    </message>
    <message>
        <source>{a}. {b}</source>
        <translation>{a}. {b}</translation>
    </message>
    <message>
        <source>{a} · {b}</source>
        <translation>{a} · {b}</translation>
    </message>
    <message>
        <source>{a} → {b}</source>
        <translation>{a} → {b}</translation>
    </message>
    <message>
        <source>{a}; {b}</source>
        <translation>{a}; {b}</translation>
    </message>
    <message>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <source>{a} + {b}</source>
        <translation>{a} + {b}</translation>
    </message>
    <message>
        <source>{a} vs {b}</source>
        <translation>{a} 대 {b}</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
</context>
</TS>
